package org.podium.ui.station;

import org.podium.store.OfficialAccount;
import org.podium.store.Role;

/** An official logged in at a station (the station is the role whose screen opens). */
public record Login(OfficialAccount official, Role station) {
}
