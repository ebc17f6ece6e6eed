package org.supplieresg.web.training;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.supplieresg.training.TrainingViews;

/** How a module's material goes out, for the API and pages alike: its detected type, a safe disposition, no sniffing. */
public final class TrainingDownloads {

    /** Nothing active inside; a PDF or an image may be shown in a tab of its own. */
    public static final String CONTENT_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; "
            + "object-src 'self'; frame-ancestors 'none'";

    private TrainingDownloads() {
    }

    /** Inline for a PDF or an image, a download otherwise; the name in RFC 6266/5987 form so that Chinese names survive. */
    public static String disposition(TrainingViews.Material material) {
        String type = material.contentType();
        String kind = type.equals("application/pdf") || type.startsWith("image/") ? "inline" : "attachment";
        String ascii = material.fileName().replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(material.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
