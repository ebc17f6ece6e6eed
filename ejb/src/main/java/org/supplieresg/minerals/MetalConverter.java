package org.supplieresg.minerals;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.supplieresg.reports.minerals.Metal;

/** Metals are stored in lower-case English (tin, cobalt), the form other parts of the chain read. */
@Converter
public class MetalConverter implements AttributeConverter<Metal, String> {

    @Override
    public String convertToDatabaseColumn(Metal metal) {
        return metal == null ? null : metal.code();
    }

    @Override
    public Metal convertToEntityAttribute(String code) {
        return code == null ? null : Metal.of(code).orElseThrow(() -> new IllegalStateException("not a metal: " + code));
    }
}
