package org.supplieresg.web.api;

import java.io.IOException;
import java.io.InputStream;

/** What every upload endpoint does with the request body once the service is done with it. */
final class Uploads {

    private static final long DRAIN_LIMIT = 100L * 1024 * 1024;

    private Uploads() {
    }

    /**
     * Reads what is left of an upload, so that a refusal (400, 403) reaches the client instead of a closed connection;
     * beyond 100 MB the connection is dropped instead. A stream the reader closed already has nothing left.
     */
    static void drain(InputStream body) {
        byte[] buffer = new byte[64 * 1024];
        long left = DRAIN_LIMIT;
        try {
            int read;
            while (left > 0 && (read = body.read(buffer)) >= 0) {
                left -= read;
            }
        } catch (IOException e) {
            // closed by the reader (POI closes what it reads) or by the client: nothing left to read
        }
    }
}
