package org.podium.service;

/**
 * A chief's acknowledgement of a flag, as the journal holds it.
 *
 * @param id        its journal row
 * @param asItStood the flag's evidence when it was acknowledged ({@link RoundFlag#asItStands()})
 */
public record Acknowledgement(long id, String by, String at, String asItStood, String note) {
}
