package org.supplieresg.web.evidence;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.supplieresg.evidence.EvidenceLibrary;
import org.supplieresg.evidence.EvidenceView;

/** How evidence bytes go out, for the API and for pages alike: the detected type, a safe disposition, no sniffing. */
public final class EvidenceDownloads {

    private EvidenceDownloads() {
    }

    /**
     * The Content-Disposition for a file: inline only for what a browser shows safely (PDF and images), with the
     * name in RFC 6266/5987 form so that Chinese names survive.
     */
    public static String disposition(EvidenceView evidence, boolean inline) {
        String kind = inline && evidence.previewable() ? "inline" : "attachment";
        String ascii = evidence.fileName().replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(evidence.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** Framing by our own pages only (the reviewer's preview), and nothing active inside. */
    public static final String CONTENT_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
            + "object-src 'self'; frame-ancestors 'self'";

    public static void write(EvidenceLibrary.Download download, boolean inline, HttpServletResponse response) throws IOException {
        EvidenceView evidence = download.evidence();
        response.setContentType(evidence.contentType());
        response.setContentLengthLong(evidence.sizeBytes());
        response.setHeader("Content-Disposition", disposition(evidence, inline));
        response.setHeader("Content-Security-Policy", CONTENT_POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Cache-Control", "private, no-store");
        try (InputStream in = download.content(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
