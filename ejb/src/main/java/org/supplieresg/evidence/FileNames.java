package org.supplieresg.evidence;

import java.text.Normalizer;

/**
 * Turns the name a client sent into one that is safe to store and show: the last path segment only (no traversal),
 * no control or reserved characters, no leading dots, at most 160 characters with the extension kept. Chinese and
 * other scripts stay as they are.
 */
public final class FileNames {

    static final int MAX_LENGTH = 160;

    private FileNames() {
    }

    public static String sanitise(String name) {
        if (name == null) {
            return "file";
        }
        String cleaned = Normalizer.normalize(name, Normalizer.Form.NFC);
        int slash = Math.max(cleaned.lastIndexOf('/'), cleaned.lastIndexOf('\\'));
        cleaned = cleaned.substring(slash + 1);
        StringBuilder safe = new StringBuilder();
        cleaned.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || "<>:\"|?*".indexOf(c) >= 0) {
                safe.append('_');
            } else {
                safe.appendCodePoint(c);
            }
        });
        String result = safe.toString().strip().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (result.length() > MAX_LENGTH) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
            result = result.substring(0, MAX_LENGTH - extension.length()) + extension;
        }
        return result.isEmpty() || result.chars().allMatch(ch -> ch == '_') ? "file" : result;
    }
}
