package org.supplieresg.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotFoundException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.stream.Collectors;
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
        Method accessor = accessor(base, property.toString());
        try {
            Object value = accessor.invoke(base);
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

    /** Each record class's accessors by component name, looked up once per class: pages read them on every request. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).collect(Collectors.toUnmodifiableMap(RecordComponent::getName, RecordComponent::getAccessor));
        }
    };

    private static Method accessor(Object record, String name) {
        Method accessor = ACCESSORS.get(record.getClass()).get(name);
        if (accessor == null) {
            throw new PropertyNotFoundException(record.getClass().getSimpleName() + " has no component " + name);
        }
        return accessor;
    }
}
