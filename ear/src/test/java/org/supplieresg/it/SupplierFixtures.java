package org.supplieresg.it;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Valid supplier bodies for the API, each with a unique name so that tests never depend on each other. */
final class SupplierFixtures {

    private SupplierFixtures() {
    }

    static Map<String, Object> tierOne(String legalNamePrefix) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("legalName", legalNamePrefix + " " + UUID.randomUUID().toString().substring(0, 8) + " Co., Ltd.");
        body.put("localName", "测试材料有限公司");
        body.put("country", "CN");
        body.put("region", "Fujian");
        body.put("industryScheme", "NAICS");
        body.put("industryCode", "325180");
        body.put("spendCategory", "ELECTROLYTE");
        body.put("annualSpendAmount", 1250000.50);
        body.put("annualSpendCurrency", "CNY");
        body.put("chainTier", "TIER_1");
        body.put("status", "ONBOARDING");
        body.put("contacts", List.of(Map.of("name", "Chen Jing", "jobTitle", "EHS Manager", "email", "chen.jing@test.example", "phone", "+86 591 1234 5678")));
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }
}
