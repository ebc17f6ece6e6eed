package org.supplieresg.emissions;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The units activity data and factors come in, each with its size in the base unit of its dimension (kWh, litre, kg,
 * km, tonne-km, kg CO2e). The sizes are exact definitions (1 GJ = 10^9 J, 1 kWh = 3.6 MJ, 1 US gallon = 3.785411784 L,
 * 1 lb = 0.45359237 kg, 1 mile = 1.609344 km), so that a conversion adds no error of its own beyond the rounding
 * documented in {@link Quantity}.
 */
public enum Unit {
    KWH("kWh", PhysicalDimension.ENERGY, "1"),
    MWH("MWh", PhysicalDimension.ENERGY, "1000"),
    GWH("GWh", PhysicalDimension.ENERGY, "1000000"),
    MJ("MJ", PhysicalDimension.ENERGY, "1", "3.6"),
    GJ("GJ", PhysicalDimension.ENERGY, "1000", "3.6"),
    /** International table therm: 100 000 BTU(IT) = 105.505585262 MJ. */
    THERM("therm", PhysicalDimension.ENERGY, "105.505585262", "3.6"),
    LITRE("L", PhysicalDimension.VOLUME, "1"),
    CUBIC_METRE("m3", PhysicalDimension.VOLUME, "1000"),
    US_GALLON("US gal", PhysicalDimension.VOLUME, "3.785411784"),
    KG("kg", PhysicalDimension.MASS, "1"),
    TONNE("t", PhysicalDimension.MASS, "1000"),
    POUND("lb", PhysicalDimension.MASS, "0.45359237"),
    KM("km", PhysicalDimension.DISTANCE, "1"),
    MILE("mile", PhysicalDimension.DISTANCE, "1.609344"),
    TONNE_KM("t.km", PhysicalDimension.FREIGHT, "1"),
    /** Pieces, for product footprints declared per item. */
    PIECE("piece", PhysicalDimension.COUNT, "1"),
    KG_CO2E("kg CO2e", PhysicalDimension.EMISSIONS, "1"),
    T_CO2E("t CO2e", PhysicalDimension.EMISSIONS, "1000");

    private final String symbol;
    private final PhysicalDimension dimension;
    private final BigDecimal inBase;

    Unit(String symbol, PhysicalDimension dimension, String inBase) {
        this(symbol, dimension, inBase, "1");
    }

    /** A size given as a ratio (1 MJ = 1/3.6 kWh), kept to {@link Quantity#PRECISION}. */
    Unit(String symbol, PhysicalDimension dimension, String numerator, String denominator) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.inBase = new BigDecimal(numerator).divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL128);
    }

    /** The unit written as people write it ("kWh", "m3", "t.km", also "tkm", "litre", "tonnes"), case aside. */
    public static Optional<Unit> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // A run parses the same few spellings 100 000 times; remember them (bounded: texts come from users).
        Optional<Unit> known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        Optional<Unit> unit = Optional.ofNullable(BY_NORMAL_SYMBOL.get(normal(text)));
        if (PARSED.size() < PARSED_MAX) {
            PARSED.put(text, unit);
        }
        return unit;
    }

    private static String normal(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace("³", "3").replace(" ", "");
        return switch (t) {
            case "l", "litre", "litres", "liter", "liters" -> "l";
            case "t", "tonne", "tonnes", "metrictonne" -> "t";
            case "tkm", "t.km", "tonne-km", "tonnekm" -> "t.km";
            case "usgal", "gallon", "gallons" -> "usgal";
            case "piece", "pieces", "pcs", "pc", "unit", "units", "item", "items" -> "piece";
            default -> t;
        };
    }

    private static final int PARSED_MAX = 1024;
    private static final Map<String, Optional<Unit>> PARSED = new ConcurrentHashMap<>();
    private static final Map<String, Unit> BY_NORMAL_SYMBOL = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(u -> u.symbol.toLowerCase(Locale.ROOT).replace(" ", ""), u -> u));

    public String symbol() { return symbol; }
    public PhysicalDimension dimension() { return dimension; }
    BigDecimal inBase() { return inBase; }
}
