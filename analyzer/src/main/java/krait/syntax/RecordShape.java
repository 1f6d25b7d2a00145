package krait.syntax;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * The components and canonical constructor of a node record, looked up once per class: the JDK
 * re-reads them from the class file on every {@code getRecordComponents()} call, which made
 * generic walks of large programs slow.
 */
public final class RecordShape {
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    private final Method[] accessors;
    private final Constructor<?> constructor;

    private RecordShape(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            accessors = new Method[0];
            constructor = null;
            return;
        }
        accessors = new Method[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
            types[i] = components[i].getType();
        }
        try {
            constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RecordShape of(Class<?> type) {
        return SHAPES.get(type);
    }

    public int size() {
        return accessors.length;
    }

    /** The value of component {@code i} of {@code record}. */
    public Object get(Object record, int i) {
        try {
            return accessors[i].invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new record of this class from its component values. */
    public Object make(Object[] values) {
        try {
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }
}
