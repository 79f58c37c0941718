package org.podium.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 between the stations and the server, for tests: on a seeded schedule it refuses new
 * connections, cuts connections in the middle of a conversation, and drops the server's replies (the client waits
 * until its socket timeout), until it has made {@code faults} faults; then it forwards faithfully. It can also be set
 * down (every connection refused and every open one cut: the station offline) and up again.
 */
public final class FaultProxy implements AutoCloseable {
    private final ServerSocket listening;
    private final int upstream;
    private final Random random;
    private final int faultsWanted;
    private final double chance;
    private final AtomicInteger cuts = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();
    private final AtomicInteger drops = new AtomicInteger();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean down;
    private volatile boolean closed;
    /** What the server sent to the station, one stream per connection in the order they were made (when recording). */
    private final List<java.io.ByteArrayOutputStream> replies = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean recording;

    public FaultProxy(int upstream, long seed, int faults, double chance) throws IOException {
        this.upstream = upstream;
        this.random = new Random(seed);
        this.faultsWanted = faults;
        this.chance = chance;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "fault-proxy");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return listening.getLocalPort();
    }

    int faults() {
        return cuts.get() + refusals.get() + drops.get();
    }

    String faultsSaid() {
        return cuts + " cut, " + refusals + " refused, " + drops + " replies dropped";
    }

    /** Offline: every new connection refused, every open one cut. */
    public void down() {
        down = true;
        for (Socket s : open) {
            quietly(s);
        }
    }

    public void up() {
        down = false;
    }

    /** From now on, every byte the server sends through the proxy is kept, per connection ({@link #replies}). */
    public FaultProxy recordingReplies() {
        recording = true;
        return this;
    }

    /** What the server has sent so far through the proxy since {@link #recordingReplies}: one stream per connection. */
    public List<byte[]> replies() {
        return replies.stream().map(java.io.ByteArrayOutputStream::toByteArray).toList();
    }

    /** The next fault, or null for none: drawn under one lock so that the seeded schedule is one sequence. */
    private synchronized String draw(String... kinds) {
        if (faults() >= faultsWanted || random.nextDouble() >= chance) {
            return null;
        }
        return kinds[random.nextInt(kinds.length)];
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = listening.accept();
            } catch (IOException e) {
                return;
            }
            if (down) {
                quietly(client);
                continue;
            }
            if (draw("refuse") != null) {
                refusals.incrementAndGet();
                quietly(client);
                continue;
            }
            try {
                Socket server = new Socket();
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstream), 5000);
                // as the driver and PostgreSQL do: without it Nagle's wait on the proxy's writes adds tens of ms a reply
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                open.add(client);
                open.add(server);
                java.io.ByteArrayOutputStream kept = null;
                if (recording) {
                    kept = new java.io.ByteArrayOutputStream();
                    replies.add(kept);
                }
                pump(client, server, false, null);
                pump(server, client, true, kept);
            } catch (IOException e) {
                quietly(client);
            }
        }
    }

    private void pump(Socket from, Socket to, boolean replies, java.io.ByteArrayOutputStream kept) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16384];
            boolean dropping = false;
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    if (dropping) {
                        continue; // the replies go nowhere: the client waits, then gives up
                    }
                    String fault = replies ? draw("cut", "drop") : draw("cut");
                    if ("cut".equals(fault)) {
                        cuts.incrementAndGet();
                        break;
                    }
                    if ("drop".equals(fault)) {
                        drops.incrementAndGet();
                        dropping = true;
                        continue;
                    }
                    if (kept != null) {
                        kept.write(buf, 0, n); // before the client has it: what the station read is always recorded
                    }
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side went: close both
            } finally {
                quietly(from);
                quietly(to);
            }
        }, "fault-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private void quietly(Socket s) {
        open.remove(s);
        try {
            s.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listening.close();
        down();
    }
}
