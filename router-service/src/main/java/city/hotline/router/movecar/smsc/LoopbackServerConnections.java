package city.hotline.router.movecar.smsc;

import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Server sockets bound to the loopback address only. The in-process SMSC serves the SMS sender in the same
 * JVM; jSMPP's own factory binds every interface, which let anyone on the network bind with the demo
 * account and read the owners' messages.
 */
final class LoopbackServerConnections implements ServerConnectionFactory {

    /** The JDK's default backlog for a server socket. */
    private static final int BACKLOG = 50;

    @Override
    public ServerConnection listen(int port) throws IOException {
        return new ServerSocketConnection(onLoopback(port, BACKLOG));
    }

    @Override
    public ServerConnection listen(int port, int timeout) throws IOException {
        return listen(port, timeout, BACKLOG);
    }

    @Override
    public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
        ServerSocket socket = onLoopback(port, backlog);
        socket.setSoTimeout(timeout);
        return new ServerSocketConnection(socket);
    }

    private static ServerSocket onLoopback(int port, int backlog) throws IOException {
        return new ServerSocket(port, backlog, InetAddress.getLoopbackAddress());
    }
}
