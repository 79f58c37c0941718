package org.podium.service;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import org.podium.store.ContestStore;

/**
 * The server's journal as a joined station reads it: a connection made again after the network broke it. A read that
 * fails on a broken connection is asked once more on a new one; a write is not (its reply may be what was lost: the
 * official sees the failure and looks before trying again), but the next call has a new connection. A server that
 * cannot be reached is said in one line ({@link VenueLink#connect}).
 */
final class ReconnectingStore implements InvocationHandler {
    /** The calls that change nothing: asked again after a reconnection. */
    private static final Set<String> READS = Set.of("official", "officials", "lastRowId", "journal", "currentFacts",
            "verify", "publishSeals", "checkSeal", "keysHeld", "backupProblem", "journalOf", "currentFactsOf",
            "currentFactsOfRound", "notAccepted", "journalAfter", "factOf");

    private final Supplier<ContestStore> connect;
    private ContestStore current;
    /** The token of the official logged in at this station: a new connection is bound to them again. */
    private String token;

    private ReconnectingStore(ContestStore first, Supplier<ContestStore> connect) {
        this.current = first;
        this.connect = connect;
    }

    static ContestStore of(ContestStore first, Supplier<ContestStore> connect) {
        return (ContestStore) Proxy.newProxyInstance(ContestStore.class.getClassLoader(), new Class<?>[] {ContestStore.class},
                new ReconnectingStore(first, connect));
    }

    @Override
    public synchronized Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "the venue server's journal (" + current + ")";
            };
        }
        if (current == null) {
            current = connected();
        }
        try {
            return method.invoke(current, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (!brokenConnection(cause) || "close".equals(method.getName())) {
                throw cause;
            }
            drop();
            current = connected(); // a server gone: its one line
            if (!READS.contains(method.getName())) {
                throw cause;
            }
            try {
                return method.invoke(current, args);
            } catch (InvocationTargetException again) {
                throw again.getCause();
            }
        }
    }

    /** A new connection, bound to the official logged in (docs/venue-server.md: each connection of a station). */
    private ContestStore connected() {
        ContestStore made = connect.get();
        if (token != null) {
            made.bind(token);
        }
        return made;
    }

    private void drop() {
        token = current.sessionToken(); // bound on the new one as on this one (nobody after a refused log-in)
        try {
            current.close();
        } catch (RuntimeException ignored) {
            // broken already
        }
        current = null;
    }

    /** A connection the network broke: PostgreSQL's class 08 (connection exception) or 57P (the server shut down). */
    static boolean brokenConnection(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
