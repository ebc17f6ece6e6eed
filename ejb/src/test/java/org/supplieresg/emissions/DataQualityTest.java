package org.supplieresg.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supplieresg.emissions.DataQuality.Summary;
import org.supplieresg.emissions.DataQuality.Weighted;

/** The five pedigree scores of the GHG Protocol Scope 3 Standard, table 7.6, and their emission-weighted means. */
class DataQualityTest {

    @Test
    void timeScoreBoundaries() {
        // gap <= 1 -> 1; <= 3 -> 2; <= 6 -> 3; <= 10 -> 4; above -> 5
        assertThat(DataQuality.timeScore(2024, 2024)).isEqualTo(1);
        assertThat(DataQuality.timeScore(2024, 2023)).isEqualTo(1);
        assertThat(DataQuality.timeScore(2024, 2022)).isEqualTo(2);
        assertThat(DataQuality.timeScore(2024, 2021)).isEqualTo(2);
        assertThat(DataQuality.timeScore(2024, 2020)).isEqualTo(3);
        assertThat(DataQuality.timeScore(2024, 2018)).isEqualTo(3);
        assertThat(DataQuality.timeScore(2024, 2017)).isEqualTo(4);
        assertThat(DataQuality.timeScore(2024, 2014)).isEqualTo(4);
        assertThat(DataQuality.timeScore(2024, 2013)).isEqualTo(5);
        // a data year after the reporting year counts by its distance too
        assertThat(DataQuality.timeScore(2022, 2024)).isEqualTo(2);
        assertThat(DataQuality.timeScore(2022, 2023)).isEqualTo(1);
    }

    @Test
    void geographyScore() {
        assertThat(DataQuality.geographyScore("CN", "CN")).isEqualTo(1);
        assertThat(DataQuality.geographyScore("gb", "GB")).isEqualTo(1);
        assertThat(DataQuality.geographyScore("GLOBAL", "CN")).isEqualTo(2);
        assertThat(DataQuality.geographyScore("global", "CN")).isEqualTo(2);
        assertThat(DataQuality.geographyScore("US", "CN")).isEqualTo(4);
        assertThat(DataQuality.geographyScore(null, "CN")).isEqualTo(4);
        assertThat(DataQuality.geographyScore("CN", null)).isEqualTo(4);
    }

    @Test
    void scoresRunFromOneToFive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DataQuality(0, 1, 1, 1, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new DataQuality(1, 1, 1, 1, 6));
        // (1 + 2 + 2 + 3 + 3) / 5 = 2.2
        assertThat(new DataQuality(1, 2, 2, 3, 3).mean()).isEqualByComparingTo("2.20");
    }

    @Test
    void emissionWeightedMeans() {
        // 300 kg at (1, 1, 2, 2, 2) and 100 kg at (4, 3, 4, 3, 4); total 400 kg
        // technology   (300x1 + 100x4) / 400 =  700 / 400 = 1.75
        // time         (300x1 + 100x3) / 400 =  600 / 400 = 1.50
        // geography    (300x2 + 100x4) / 400 = 1000 / 400 = 2.50
        // completeness (300x2 + 100x3) / 400 =  900 / 400 = 2.25
        // reliability  (300x2 + 100x4) / 400 = 1000 / 400 = 2.50
        // overall (700 + 600 + 1000 + 900 + 1000) / (400 x 5) = 4200 / 2000 = 2.10
        Summary s = DataQuality.emissionWeighted(List.of(
                new Weighted(new BigDecimal("300"), new DataQuality(1, 1, 2, 2, 2)),
                new Weighted(new BigDecimal("100"), new DataQuality(4, 3, 4, 3, 4))));

        assertThat(s).isEqualTo(new Summary(new BigDecimal("1.75"), new BigDecimal("1.50"), new BigDecimal("2.50"),
                new BigDecimal("2.25"), new BigDecimal("2.50"), new BigDecimal("2.10")));
    }

    @Test
    void negativeFiguresWeighByTheirSizeAndMeansRoundHalfEven() {
        // |-100| kg at 1 and 200 kg at 2 on every indicator: (100x1 + 200x2) / 300 = 500 / 300 = 1.6666... -> 1.67
        // 3 kg at 1 and 5 kg at 2: (3 + 10) / 8 = 1.625 -> 1.62 (half-even)
        Summary thirds = DataQuality.emissionWeighted(List.of(
                new Weighted(new BigDecimal("-100"), new DataQuality(1, 1, 1, 1, 1)),
                new Weighted(new BigDecimal("200"), new DataQuality(2, 2, 2, 2, 2))));
        assertThat(thirds.technology()).isEqualByComparingTo("1.67");
        assertThat(thirds.overall()).isEqualByComparingTo("1.67");

        Summary eighths = DataQuality.emissionWeighted(List.of(
                new Weighted(new BigDecimal("3"), new DataQuality(1, 1, 1, 1, 1)),
                new Weighted(new BigDecimal("5"), new DataQuality(2, 2, 2, 2, 2))));
        assertThat(eighths.time()).isEqualByComparingTo("1.62");
    }

    @Test
    void nothingToWeighGivesNoSummary() {
        assertThat(DataQuality.emissionWeighted(List.of())).isNull();
        assertThat(DataQuality.emissionWeighted(List.of(new Weighted(BigDecimal.ZERO, new DataQuality(1, 1, 1, 1, 1))))).isNull();
    }
}
