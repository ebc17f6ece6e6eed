package org.supplieresg.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * An SMTP server (GreenMail) for the whole integration suite, on the port failsafe's {@code MAIL_PORT} names for the
 * managed Payara; tests read what the application sent.
 */
public class TestMailServer implements LauncherSessionListener {

    private static volatile GreenMail server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.smtp.port");
        if (port == null) {
            return; // not the integration suite
        }
        server = new GreenMail(new ServerSetup(Integer.parseInt(port), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.stop();
        }
    }

    /** Every message received so far. */
    static List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }
}
