package com.tiered.rulebook.infrastructure.drools;

import com.tiered.rulebook.infrastructure.drools.sandbox.RuleLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;

/**
 * The class loader that rule code is compiled and run with. It resolves only what a rule may use (the fact model and
 * the value types of {@link RuleLanguage}) and what the engine's generated classes need (Drools itself and a few
 * java.lang and java.io types its base classes name). A name that the sandbox check missed then fails to compile or
 * to link instead of running: {@code java.lang.System}, {@code java.io.File} or {@code java.lang.reflect} cannot be
 * reached through it.
 */
final class RuleClassLoader extends ClassLoader {
    private static final Set<String> PREFIXES = Set.of(
            RuleLanguage.FACT_PACKAGE + ".", RuleLanguage.RULE_PACKAGE + ".", "org.drools.", "org.kie.", "java.time.");

    private static final Set<String> NAMES = Set.of(
            // what any Java class names
            "java.lang.Object",
            "java.lang.String",
            "java.lang.CharSequence",
            "java.lang.Comparable",
            "java.lang.Iterable",
            "java.lang.Cloneable",
            "java.lang.Enum",
            "java.lang.Record",
            "java.lang.Void",
            "java.lang.Class",
            "java.lang.constant.Constable",
            "java.lang.constant.ConstantDesc",
            // the value types of the rule language
            "java.lang.Math",
            "java.lang.Number",
            "java.lang.Integer",
            "java.lang.Long",
            "java.lang.Double",
            "java.lang.Float",
            "java.lang.Short",
            "java.lang.Byte",
            "java.lang.Character",
            "java.lang.Boolean",
            "java.lang.StringBuilder",
            "java.lang.AbstractStringBuilder",
            "java.math.BigDecimal",
            "java.math.BigInteger",
            "java.math.RoundingMode",
            "java.util.List",
            "java.util.Set",
            "java.util.Collection",
            "java.util.Map",
            "java.util.ArrayList",
            "java.util.RandomAccess",
            "java.util.AbstractList",
            "java.util.AbstractCollection",
            "java.util.Iterator",
            "java.util.Comparator",
            // string concatenation compiles to an invokedynamic call of this bootstrap
            "java.lang.invoke.StringConcatFactory",
            "java.lang.invoke.MethodHandles$Lookup",
            // what the engine's generated consequence and accessor classes extend or throw
            "java.lang.Throwable",
            "java.lang.Exception",
            "java.lang.RuntimeException",
            "java.lang.Error",
            "java.lang.ReflectiveOperationException",
            "java.lang.ClassNotFoundException",
            "java.io.Serializable",
            "java.io.Externalizable",
            "java.io.ObjectInput",
            "java.io.ObjectOutput",
            "java.io.IOException");

    /**
     * Types the compiler must be able to read to compile string concatenation (an invokedynamic call), which rule
     * code itself may never load: reading a class file is not running it.
     */
    private static final Set<String> READ_ONLY =
            Set.of("java.lang.invoke.MethodHandles", "java.lang.invoke.MethodType", "java.lang.invoke.CallSite");

    RuleClassLoader(ClassLoader parent) {
        super(parent);
    }

    static boolean allowed(String className) {
        return NAMES.contains(className) || PREFIXES.stream().anyMatch(className::startsWith);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!allowed(name)) {
            throw new ClassNotFoundException(name + " is not available to rules");
        }
        return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
        return allowedResource(name) ? super.getResource(name) : null;
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        return allowedResource(name) ? super.getResourceAsStream(name) : null;
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return allowedResource(name) ? super.getResources(name) : Collections.emptyEnumeration();
    }

    /** Class files as their classes; the engine's own configuration files as they are. */
    private static boolean allowedResource(String name) {
        if (name.endsWith(".class")) {
            String className =
                    name.substring(0, name.length() - ".class".length()).replace('/', '.');
            return allowed(className) || READ_ONLY.contains(className);
        }
        return name.startsWith("META-INF/kie")
                || name.startsWith("META-INF/drools")
                || name.startsWith("org/drools/")
                || name.startsWith("org/kie/");
    }
}
