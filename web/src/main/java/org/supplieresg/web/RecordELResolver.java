package org.supplieresg.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotFoundException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Lets pages read record components as properties ({@code #{supplier.legalName}}), so that the services' read-only
 * records reach the pages without JavaBean copies. Expression Language 6 (Jakarta EE 11) has this built in; Payara 6
 * ships EL 5. Records are read-only here.
 */
public class RecordELResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (!(base instanceof Record) || property == null) {
            return null;
        }
        RecordComponent component = component(base, property.toString());
        try {
            Object value = component.getAccessor().invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new PropertyNotFoundException("cannot read " + property + " of " + base.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (!(base instanceof Record) || property == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only: no type to coerce a new value to
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // records are immutable; other resolvers will report the failure
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (base instanceof Record) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? String.class : null;
    }

    private static RecordComponent component(Object record, String name) {
        return Arrays.stream(record.getClass().getRecordComponents())
                .filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new PropertyNotFoundException(record.getClass().getSimpleName() + " has no component " + name));
    }
}
