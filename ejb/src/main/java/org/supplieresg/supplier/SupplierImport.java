package org.supplieresg.supplier;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.supplieresg.reports.SupplierImportWorkbook;
import org.supplieresg.reports.SupplierImportWorkbook.Column;
import org.supplieresg.reports.SupplierImportWorkbook.RowValues;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * Registers many suppliers from a filled Excel template, all or nothing: every row is checked first (the same rules as
 * the registration form, plus duplicates within the file and with suppliers already registered, and Tier-1 parents
 * that exist); if any row is wrong, nothing is registered and every problem is reported with its row.
 */
@Stateless
@RolesAllowed({PROCUREMENT, ADMIN})
public class SupplierImport {

    static final List<String> REQUIRED = List.of("legal_name", "country", "industry_scheme", "industry_code", "spend_category",
            "annual_spend_amount", "annual_spend_currency", "chain_tier");

    /** The profile field each coded column fills, to match parse problems with the form's rules. */
    private static final Map<String, String> FIELDS = Map.of("industry_scheme", "industryScheme", "spend_category", "spendCategory",
            "annual_spend_amount", "annualSpendAmount", "chain_tier", "chainTier", "status", "status",
            "parent_supplier_id", "parentSupplierId");

    @PersistenceContext
    EntityManager em;

    @Inject
    SupplierDirectory directory;

    /** The template's columns, with the choices of the coded ones. */
    public List<Column> columns() {
        return List.of(
                new Column("legal_name", "Legal name *\n法定名称", List.of()),
                new Column("local_name", "Local-language name\n本地名称", List.of()),
                new Column("country", "Country * (ISO code)\n国家（ISO代码）", List.of()),
                new Column("region", "Region\n地区", List.of()),
                new Column("industry_scheme", "Industry scheme *\n行业分类体系", names(IndustryScheme.values())),
                new Column("industry_code", "Industry code *\n行业代码", List.of()),
                new Column("spend_category", "Spend category *\n采购品类", names(SpendCategory.values())),
                new Column("annual_spend_amount", "Annual spend *\n年采购额", List.of()),
                new Column("annual_spend_currency", "Currency *\n币种", List.of()),
                new Column("chain_tier", "Chain tier *\n供应链层级", names(ChainTier.values())),
                new Column("parent_supplier_id", "Tier-1 it sells to (id, for Tier-2)\n所供货的一级供应商编号", List.of()),
                new Column("status", "Status\n状态", names(SupplierStatus.values())),
                new Column("contact_name", "Contact name\n联系人", List.of()),
                new Column("contact_job_title", "Contact job title\n职务", List.of()),
                new Column("contact_email", "Contact e-mail\n电子邮箱", List.of()),
                new Column("contact_phone", "Contact phone\n电话", List.of()));
    }

    /** @return the ids of the suppliers registered, in the order of the rows */
    public List<Long> importWorkbook(InputStream workbook) {
        SupplierImportWorkbook.Reading reading = SupplierImportWorkbook.read(workbook, REQUIRED);
        List<FieldViolation> problems = new ArrayList<>(reading.problems().stream()
                .map(p -> new FieldViolation(p.row() == 0 ? "file" : "row " + p.row(), p.messageKey(), p.arguments())).toList());
        if (reading.problems().isEmpty() && reading.rows().isEmpty()) {
            problems.add(FieldViolation.of("file", "import.file.noRows"));
        }
        List<SupplierProfile> profiles = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RowValues row : reading.rows()) {
            String where = "row " + row.row();
            List<FieldViolation> rowProblems = new ArrayList<>();
            SupplierProfile profile = profile(row, rowProblems);
            // the form's rules too, except on a field whose cell could not be read at all (already reported)
            java.util.Set<String> unreadable = rowProblems.stream().map(v -> FIELDS.getOrDefault(v.field(), v.field()))
                    .collect(java.util.stream.Collectors.toSet());
            profile.violations().stream().filter(v -> !unreadable.contains(v.field()))
                    .forEach(v -> rowProblems.add(new FieldViolation(v.field(), v.messageKey(), v.arguments())));
            if (rowProblems.isEmpty()) {
                String key = profile.legalName().strip().toLowerCase(Locale.ROOT) + "|" + profile.country().strip();
                Integer earlier = seen.putIfAbsent(key, row.row());
                if (earlier != null) {
                    rowProblems.add(FieldViolation.of("legalName", "import.row.duplicateInFile", String.valueOf(earlier)));
                } else if (!em.createNamedQuery(Supplier.BY_LEGAL_NAME_AND_COUNTRY, Supplier.class)
                        .setParameter("legalName", profile.legalName().strip()).setParameter("country", profile.country().strip())
                        .getResultList().isEmpty()) {
                    rowProblems.add(FieldViolation.of("legalName", "supplier.legalName.duplicate", profile.legalName().strip(), profile.country().strip()));
                } else if (profile.chainTier() == ChainTier.TIER_2) {
                    Supplier parent = profile.parentSupplierId() == null ? null : em.find(Supplier.class, profile.parentSupplierId());
                    if (parent == null || parent.chainTier() != ChainTier.TIER_1) {
                        rowProblems.add(FieldViolation.of("parentSupplierId", "import.row.parent", String.valueOf(profile.parentSupplierId())));
                    }
                }
            }
            rowProblems.forEach(v -> problems.add(new FieldViolation(where + " " + v.field(), v.messageKey(), v.arguments())));
            profiles.add(profile);
        }
        InvalidInputException.throwIfAny(problems);
        // One transaction: a failure on any row (say, a supplier registered by someone else a moment ago) undoes them all.
        // Every CHUNK rows the persistence context is written and emptied: otherwise each row's flush compares every
        // entity registered before it, and 10,000 rows take minutes instead of seconds.
        List<Long> ids = new ArrayList<>(profiles.size());
        for (SupplierProfile profile : profiles) {
            ids.add(directory.register(profile).id());
            if (ids.size() % CHUNK == 0) {
                em.flush();
                em.clear();
            }
        }
        return ids;
    }

    static final int CHUNK = 200;

    private static SupplierProfile profile(RowValues row, List<FieldViolation> problems) {
        List<SupplierProfile.ContactDetails> contacts = row.get("contact_name") == null && row.get("contact_email") == null
                ? List.of()
                : List.of(new SupplierProfile.ContactDetails(row.get("contact_name"), row.get("contact_job_title"),
                        row.get("contact_email"), row.get("contact_phone")));
        return new SupplierProfile(row.get("legal_name"), row.get("local_name"),
                row.get("country") == null ? null : row.get("country").toUpperCase(Locale.ROOT), row.get("region"),
                choice(IndustryScheme.class, row, "industry_scheme", problems), row.get("industry_code"),
                choice(SpendCategory.class, row, "spend_category", problems),
                number(row, "annual_spend_amount", problems),
                row.get("annual_spend_currency") == null ? null : row.get("annual_spend_currency").toUpperCase(Locale.ROOT),
                choice(ChainTier.class, row, "chain_tier", problems),
                id(row, "parent_supplier_id", problems),
                row.get("status") == null ? SupplierStatus.ACTIVE : choice(SupplierStatus.class, row, "status", problems),
                contacts);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, RowValues row, String column, List<FieldViolation> problems) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(FieldViolation.of(column, "import.row.choice", value, String.join(", ", names(type.getEnumConstants()))));
            return null;
        }
    }

    private static BigDecimal number(RowValues row, String column, List<FieldViolation> problems) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", "").strip());
        } catch (NumberFormatException e) {
            problems.add(FieldViolation.of(column, "import.row.number", value));
            return null;
        }
    }

    private static Long id(RowValues row, String column, List<FieldViolation> problems) {
        BigDecimal value = number(row, column, problems);
        return value == null ? null : value.longValue();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
