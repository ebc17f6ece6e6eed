package org.supplieresg.web.supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The top bar's supplier search: sends the words to the supplier list, whose search box takes them (legal or local
 * name). A JSF form rather than a plain one, so that every page's first form carries the view state.
 */
@Named
@RequestScoped
public class SupplierSearchBacking {

    private String q;

    public String go() {
        String words = q == null ? "" : q.strip();
        return "/app/suppliers/list?faces-redirect=true" + (words.isEmpty() ? "" : "&q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
