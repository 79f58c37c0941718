package org.podium.service;

import java.sql.SQLException;
import java.util.List;
import org.podium.store.StoreException;

/**
 * Why a station cannot reach the venue server, in a chief judge's words (issue 13): no server answering, a wrong venue
 * password, another contest's server, or another refusal of the connection; never the driver's text ("An I/O error
 * occurred..."), which goes to the log only. Read from PostgreSQL's SQLState (28P01 a wrong password, class 08 and 57P
 * no connection) and from the store's own one-line refusals.
 *
 * @param key  the bundle key saying it ({@code venue.trouble.*}); its first value is the server's HOST:PORT
 * @param args the values filled into it
 */
public record VenueTrouble(String key, List<String> args) {
    public VenueTrouble {
        args = List.copyOf(args);
    }

    /** Why {@code failure} happened, the server being {@code where} (HOST:PORT). */
    public static VenueTrouble of(Throwable failure, String where) {
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof StoreException s && s.key().isPresent()) {
                String key = s.key().get();
                if (key.equals("store.server.wrongPassword")) {
                    return new VenueTrouble("venue.trouble.wrongPassword", List.of(where));
                }
                if (key.equals("store.server.noServer")) {
                    return new VenueTrouble("venue.trouble.noServer", List.of(where));
                }
                if (key.equals("store.server.otherContest") && s.args().size() >= 5) {
                    return new VenueTrouble("venue.trouble.otherContest", List.of(where, s.args().get(1), s.args().get(2),
                            s.args().get(3), s.args().get(4)));
                }
            }
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("28P01") || state.equals("28000")) {
                    return new VenueTrouble("venue.trouble.wrongPassword", List.of(where));
                }
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return new VenueTrouble("venue.trouble.noServer", List.of(where));
                }
                if (state.equals("53300")) {
                    return new VenueTrouble("venue.trouble.tooMany", List.of(where));
                }
            }
            if (c instanceof java.io.IOException) { // a socket refused, reset or timed out
                return new VenueTrouble("venue.trouble.noServer", List.of(where));
            }
        }
        return new VenueTrouble("venue.trouble.other", List.of(where));
    }
}
