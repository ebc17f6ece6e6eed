package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A buyer registers many suppliers from the Excel template: all or nothing, every wrong row listed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupplierImportIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final Http buyer = Http.basic("buyer", "demo");

    @Test
    void suppliersAreRegisteredFromTheTemplateAllOrNothing() throws IOException {
        byte[] template = buyer.getBytes("api/suppliers/import-template");
        List<String> columns = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            workbook.getSheet("Suppliers 供应商").getRow(0).forEach(c -> columns.add(c.getStringCellValue()));
        }
        assertThat(columns).startsWith("legal_name", "local_name", "country");
        String stamp = String.valueOf(System.nanoTime() % 1_000_000);
        String[] precursor = {"Import Precursor " + stamp, "湖南前驱体" + stamp, "CN", "Hunan", "NAICS", "325180", "PRECURSOR",
                "12500000", "CNY", "TIER_1", "", "ACTIVE", "Li Wei", "ESG manager", "li.wei@example.cn", "+86 731 0000 0000"};
        String[] mine = {"Import Lithium Mine " + stamp, "", "AU", "Western Australia", "NAICS", "212290", "LITHIUM",
                "0", "AUD", "TIER_2", "1", "", "", "", "", ""};
        String[] wrong = {"Import Wrong " + stamp, "", "XX", "", "NAICS", "325180", "GOLD", "lots", "CNY", "TIER_1", "", "", "",
                "", "not-an-email", ""};

        Http.Reply refused = buyer.postBytes("api/suppliers/import", XLSX, fill(template, precursor, mine, wrong));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        List<String> problems = new ArrayList<>();
        refused.json().get("errors").forEach(e -> problems.add(e.get("field").asText() + ": " + e.get("message").asText()));
        assertThat(problems).anyMatch(p -> p.startsWith("row 5 spend_category: “GOLD” is not one of"));
        assertThat(problems).anyMatch(p -> p.equals("row 5 annual_spend_amount: “lots” is not a number."));
        assertThat(problems).as("the form's rules as well").anyMatch(p -> p.startsWith("row 5 country"))
                .anyMatch(p -> p.startsWith("row 5 contacts"));
        assertThat(problems).noneMatch(p -> p.startsWith("row 5 spendCategory"));
        assertThat(problems).allMatch(p -> p.startsWith("row 5 "));
        assertThat(buyer.get("api/suppliers?q=" + stamp).text()).as("nobody registered").doesNotContain("Import Precursor");

        Http.Reply created = buyer.postBytes("api/suppliers/import", XLSX, fill(template, precursor, mine));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("created").asInt()).isEqualTo(2);
        JsonNode first = buyer.get("api/suppliers/" + created.json().get("ids").get(0).asLong()).json();
        assertThat(first.get("legalName").asText()).isEqualTo("Import Precursor " + stamp);
        assertThat(first.get("localName").asText()).isEqualTo("湖南前驱体" + stamp);
        assertThat(first.get("contacts").get(0).get("email").asText()).isEqualTo("li.wei@example.cn");
        JsonNode second = buyer.get("api/suppliers/" + created.json().get("ids").get(1).asLong()).json();
        assertThat(second.get("chainTier").asText()).isEqualTo("TIER_2");
        assertThat(second.get("parentSupplierId").asLong()).isEqualTo(1);

        Http.Reply again = buyer.postBytes("api/suppliers/import", XLSX, fill(template, precursor));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").get(0).get("message").asText()).contains("is already registered");
        assertThat(Http.basic("supplier", "demo").postBytes("api/suppliers/import", XLSX, fill(template, precursor)).status())
                .as("suppliers do not register suppliers").isEqualTo(403);
    }

    static byte[] fill(byte[] template, String[]... rows) throws IOException {
        return CatalogueVersionIT.edit(template, workbook -> {
            Sheet sheet = workbook.getSheet("Suppliers 供应商");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(2 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
        });
    }
}
