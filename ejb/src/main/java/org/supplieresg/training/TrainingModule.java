package org.supplieresg.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * One module of the training library: titles in English and Chinese, the publisher, the language it is taught in, the
 * catalogue dimension it strengthens, how long it takes, and where it is: a link to the publisher's page (https only)
 * or material the buyer uploaded, exactly one of the two. A module is never deleted once suppliers may have it; it is
 * deactivated, and then no longer assigned.
 */
@Entity
@Table(name = "training_module")
public class TrainingModule implements Auditable {

    /** What an admin enters. {@code materialId} names material uploaded first; give it or {@code link}, not both. */
    public record Details(String titleEn, String titleZh, String descriptionEn, String descriptionZh, String publisher,
                          String language, String dimension, Integer durationMinutes, String link, Long materialId) {
    }

    static final int MAX_MINUTES = 6000;
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    @Id
    @SequenceGenerator(name = "training_module_seq", sequenceName = "training_module_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_module_seq")
    private Long id;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "title_zh", nullable = false)
    private String titleZh;

    @Column(name = "description_en")
    private String descriptionEn;

    @Column(name = "description_zh")
    private String descriptionZh;

    @Column(name = "publisher", nullable = false)
    private String publisher;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "dimension_code", nullable = false)
    private String dimensionCode;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "link")
    private String link;

    @Column(name = "material_id")
    private Long materialId;

    @Column(name = "material_file_name")
    private String materialFileName;

    @Column(name = "material_content_type")
    private String materialContentType;

    @Column(name = "material_size_bytes")
    private Long materialSizeBytes;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected TrainingModule() {
        // for JPA
    }

    /**
     * A new, active module. Refused with every problem named: a title or the publisher missing or too long, a language
     * that is no language tag, a dimension not in the catalogue in force ({@code dimensions}), a duration out of range,
     * neither or both of link and material, a link that is not an https address, material that does not exist.
     *
     * @param material the material {@code details.materialId()} names, or null if it names none or none exists
     */
    public static TrainingModule create(Details details, Set<String> dimensions, TrainingMaterial material, String by, Instant at) {
        InvalidInputException.throwIfAny(violations(details, dimensions, material));
        TrainingModule module = new TrainingModule();
        module.apply(details, material);
        module.active = true;
        module.createdBy = by;
        module.createdAt = at;
        return module;
    }

    /** Changes every field, with the same checks as {@link #create}; {@code active} false deactivates it. */
    public void revise(Details details, boolean active, Set<String> dimensions, TrainingMaterial material) {
        InvalidInputException.throwIfAny(violations(details, dimensions, material));
        apply(details, material);
        this.active = active;
    }

    /** No longer assigned to anyone; suppliers who have it keep it. */
    public void deactivate() {
        active = false;
    }

    private void apply(Details d, TrainingMaterial material) {
        titleEn = d.titleEn().strip();
        titleZh = d.titleZh().strip();
        descriptionEn = blankToNull(d.descriptionEn());
        descriptionZh = blankToNull(d.descriptionZh());
        publisher = d.publisher().strip();
        language = Locale.forLanguageTag(d.language().strip()).toLanguageTag();
        dimensionCode = d.dimension().strip();
        durationMinutes = d.durationMinutes();
        link = blankToNull(d.link());
        materialId = material == null ? null : d.materialId(); // the material found by this id
        materialFileName = material == null ? null : material.fileName();
        materialContentType = material == null ? null : material.contentType();
        materialSizeBytes = material == null ? null : material.sizeBytes();
    }

    static List<FieldViolation> violations(Details d, Set<String> dimensions, TrainingMaterial material) {
        List<FieldViolation> problems = new ArrayList<>();
        requireText(problems, "titleEn", d.titleEn(), 200);
        requireText(problems, "titleZh", d.titleZh(), 200);
        optionalText(problems, "descriptionEn", d.descriptionEn(), 2000);
        optionalText(problems, "descriptionZh", d.descriptionZh(), 2000);
        requireText(problems, "publisher", d.publisher(), 160);
        if (d.language() == null || d.language().isBlank()) {
            problems.add(FieldViolation.of("language", "field.required"));
        } else if (!isLanguageTag(d.language().strip())) {
            problems.add(FieldViolation.of("language", "trainingModule.language", d.language().strip()));
        }
        if (d.dimension() == null || d.dimension().isBlank()) {
            problems.add(FieldViolation.of("dimension", "field.required"));
        } else if (!dimensions.contains(d.dimension().strip())) {
            problems.add(FieldViolation.of("dimension", "trainingModule.dimension.unknown", d.dimension().strip()));
        }
        if (d.durationMinutes() == null) {
            problems.add(FieldViolation.of("durationMinutes", "field.required"));
        } else if (d.durationMinutes() < 1 || d.durationMinutes() > MAX_MINUTES) {
            problems.add(FieldViolation.of("durationMinutes", "trainingModule.duration", String.valueOf(MAX_MINUTES)));
        }
        boolean linked = d.link() != null && !d.link().isBlank();
        boolean uploaded = d.materialId() != null;
        if (!linked && !uploaded) {
            problems.add(FieldViolation.of("link", "trainingModule.source.missing"));
        } else if (linked && uploaded) {
            problems.add(FieldViolation.of("link", "trainingModule.source.both"));
        } else if (linked) {
            String address = d.link().strip();
            if (address.length() > 500) {
                problems.add(FieldViolation.of("link", "field.tooLong", 500));
            } else if (!isHttpsAddress(address)) {
                problems.add(FieldViolation.of("link", "trainingModule.link.invalid", address));
            }
        } else if (material == null) {
            problems.add(FieldViolation.of("materialId", "trainingModule.material.unknown", String.valueOf(d.materialId())));
        }
        return problems;
    }

    /** A BCP 47 tag whose language is an ISO 639 language: en, zh-CN, pt-BR; not "english" or "xx". */
    static boolean isLanguageTag(String tag) {
        if (tag.length() > 35 || !LANGUAGE.matcher(tag).matches()) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(tag);
        return ISO_LANGUAGES.contains(locale.getLanguage());
    }

    /** An absolute https address with a host name (a dot in it), no user name or password, and no spaces. */
    static boolean isHttpsAddress(String address) {
        try {
            URI uri = new URI(address);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getHost().contains(".")
                    && !uri.getHost().endsWith(".") && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void requireText(List<FieldViolation> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(FieldViolation.of(field, "field.required"));
        } else if (value.strip().length() > max) {
            problems.add(FieldViolation.of(field, "field.tooLong", max));
        }
    }

    private static void optionalText(List<FieldViolation> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(FieldViolation.of(field, "field.tooLong", max));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** How this module takes part in choosing what a score assigns. */
    TrainingPlan.Candidate candidate() {
        return new TrainingPlan.Candidate(id, dimensionCode, language);
    }

    public boolean hasMaterial() {
        return materialId != null;
    }

    /** The title in the reader's language. */
    public String title(Locale reader) {
        return reader.getLanguage().equals("zh") ? titleZh : titleEn;
    }

    @Override
    public String auditType() {
        return "TrainingModule";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("titleEn", titleEn);
        fields.put("titleZh", titleZh);
        fields.put("descriptionEn", descriptionEn);
        fields.put("descriptionZh", descriptionZh);
        fields.put("publisher", publisher);
        fields.put("language", language);
        fields.put("dimension", dimensionCode);
        fields.put("durationMinutes", String.valueOf(durationMinutes));
        fields.put("link", link);
        fields.put("material", materialId == null ? null : materialFileName + " #" + materialId);
        fields.put("active", String.valueOf(active));
        return fields;
    }

    public Long id() { return id; }
    public String titleEn() { return titleEn; }
    public String titleZh() { return titleZh; }
    public String descriptionEn() { return descriptionEn; }
    public String descriptionZh() { return descriptionZh; }
    public String publisher() { return publisher; }
    public String language() { return language; }
    public String dimensionCode() { return dimensionCode; }
    public int durationMinutes() { return durationMinutes; }
    public String link() { return link; }
    public Long materialId() { return materialId; }
    public String materialFileName() { return materialFileName; }
    public String materialContentType() { return materialContentType; }
    public Long materialSizeBytes() { return materialSizeBytes; }
    public boolean active() { return active; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}
