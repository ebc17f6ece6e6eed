package org.supplieresg.supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A person at a supplier whom we write to about assessments, audits and corrective actions. */
@Embeddable
public class Contact {

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "job_title", length = 120)
    private String jobTitle;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "phone", length = 40)
    private String phone;

    protected Contact() {
        // for JPA
    }

    public Contact(String name, String jobTitle, String email, String phone) {
        this.name = trimToNull(name);
        this.jobTitle = trimToNull(jobTitle);
        this.email = trimToNull(email);
        this.phone = trimToNull(phone);
    }

    static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public String name() {
        return name;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contact c && Objects.equals(name, c.name) && Objects.equals(jobTitle, c.jobTitle)
                && Objects.equals(email, c.email) && Objects.equals(phone, c.phone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, jobTitle, email, phone);
    }

    @Override
    public String toString() {
        return name + (jobTitle == null ? "" : " (" + jobTitle + ")") + " <" + email + ">" + (phone == null ? "" : " " + phone);
    }
}
