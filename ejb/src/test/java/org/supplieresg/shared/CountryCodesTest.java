package org.supplieresg.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodesTest {

    /** Names as the RMI templates' country sheet and smelter look-up write them, and as people type them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CHINA|CN", "China|CN", "KOREA, REPUBLIC OF|KR", "Korea, Republic of|KR", "United States Of America|US",
            "UNITED STATES OF AMERICA|US", "CONGO, DEMOCRATIC REPUBLIC OF THE|CD", "CONGO|CG", "TAIWAN, PROVINCE OF CHINA|TW",
            "VIET NAM|VN", "RUSSIAN FEDERATION|RU", "BOLIVIA (PLURINATIONAL STATE OF)|BO", "ÅLAND ISLANDS|AX", "CÔTE D'IVOIRE|CI",
            "SAINT KITTS AND NEVIS|KN", "BOSNIA AND HERZEGOVINA|BA", "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND|GB",
            "TANZANIA, UNITED REPUBLIC OF|TZ", "HONG KONG|HK", "INDONESIA|ID", "Germany|DE", "cn|CN"})
    void mapsEnglishCountryNamesToTheirCodes(String name, String code) {
        assertThat(CountryCodes.ofName(name)).contains(code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Unknown", "Atlantis", " "})
    void namesNoCountryForTextThatIsNone(String name) {
        assertThat(CountryCodes.ofName(name)).isEmpty();
    }
}
