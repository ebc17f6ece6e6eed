package org.supplieresg.platform;

/**
 * The name of this server: the Payara instance's name in a deployment group ({@code com.sun.aas.instanceName}, unique
 * in the domain and kept across restarts), or "local" outside one. Work a server owns (report jobs, sent mail) carries
 * it, so that after a crash a server recovers only its own work.
 */
public final class ServerName {

    private ServerName() {
    }

    public static String current() {
        String instance = System.getProperty("com.sun.aas.instanceName");
        return instance != null ? instance : "local";
    }
}
