package com.tiered.rulebook.infrastructure.drools.sandbox;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule may name: the types a rule file can use and, for each, the members it may call. Everything not listed
 * here is refused, whatever its name or however it is spelled. The fact model is allowed whole (it is written for the
 * rules); the rest is the value types a decision needs: text, numbers, dates, and read-only collections.
 */
public final class RuleLanguage {
    /** The package of the fact model: every public class in it may be matched, created and called. */
    public static final String FACT_PACKAGE = "com.tiered.evaluation.domain.fact";

    /** The package every rule file declares; generated rule classes live there. */
    public static final String RULE_PACKAGE = "tiered.rules";

    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString", "compareTo");

    /** Value types by simple name, with the methods a rule may call (instance and static); "*" means all public ones. */
    private static final Map<Class<?>, Set<String>> VALUE_TYPES = Map.ofEntries(
            Map.entry(
                    String.class,
                    Set.of(
                            "length",
                            "isEmpty",
                            "isBlank",
                            "equals",
                            "equalsIgnoreCase",
                            "startsWith",
                            "endsWith",
                            "contains",
                            "indexOf",
                            "lastIndexOf",
                            "substring",
                            "toUpperCase",
                            "toLowerCase",
                            "trim",
                            "strip",
                            "charAt",
                            "compareTo",
                            "compareToIgnoreCase",
                            "valueOf",
                            "hashCode",
                            "toString")),
            // Math.random is left out: the same data as of the same date must decide the same.
            Map.entry(
                    Math.class,
                    Set.of(
                            "abs",
                            "min",
                            "max",
                            "round",
                            "floor",
                            "ceil",
                            "sqrt",
                            "pow",
                            "floorDiv",
                            "floorMod",
                            "signum",
                            "exp",
                            "log",
                            "log10",
                            "rint",
                            "hypot",
                            "toIntExact",
                            "addExact",
                            "subtractExact",
                            "multiplyExact",
                            "negateExact")),
            Map.entry(Integer.class, Set.of("valueOf", "parseInt", "compare", "intValue", "longValue", "doubleValue")),
            Map.entry(Long.class, Set.of("valueOf", "parseLong", "compare", "intValue", "longValue", "doubleValue")),
            Map.entry(
                    Double.class,
                    Set.of("valueOf", "parseDouble", "compare", "intValue", "longValue", "doubleValue", "isNaN")),
            Map.entry(Boolean.class, Set.of("valueOf", "parseBoolean", "booleanValue")),
            Map.entry(Number.class, Set.of("intValue", "longValue", "doubleValue")),
            Map.entry(Object.class, Set.of()),
            Map.entry(LocalDate.class, Set.of("*")),
            Map.entry(Period.class, Set.of("*")),
            Map.entry(Duration.class, Set.of("*")),
            Map.entry(DayOfWeek.class, Set.of("*")),
            Map.entry(Month.class, Set.of("*")),
            Map.entry(Year.class, Set.of("*")),
            Map.entry(YearMonth.class, Set.of("*")),
            Map.entry(ChronoUnit.class, Set.of("*")),
            Map.entry(RoundingMode.class, Set.of("*")),
            Map.entry(
                    BigDecimal.class,
                    Set.of(
                            "valueOf",
                            "add",
                            "subtract",
                            "multiply",
                            "negate",
                            "abs",
                            "signum",
                            "min",
                            "max",
                            "intValue",
                            "longValue",
                            "doubleValue",
                            "stripTrailingZeros")),
            Map.entry(Collection.class, Set.of("size", "isEmpty", "contains")),
            Map.entry(List.class, Set.of("size", "isEmpty", "contains", "get", "indexOf")),
            Map.entry(Set.class, Set.of("size", "isEmpty", "contains")));

    private static final Map<String, Class<?>> VALUE_TYPES_BY_NAME = VALUE_TYPES.keySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Class::getName, t -> t));

    /**
     * Members that no rule may call even on an allowed type: reading the clock makes a decision depend on when it
     * ran rather than on its as-of date, and parsing or printing with patterns brings formatters in.
     */
    private static final Set<String> NEVER = Set.of(
            "now",
            "getClass",
            "wait",
            "notify",
            "notifyAll",
            "finalize",
            "clone",
            "format",
            "query",
            "with",
            "adjustInto",
            "datesUntil",
            "from",
            "describeConstable",
            "resolveConstantDesc");

    /** java.lang types a rule may name without an import. */
    private static final Map<String, Class<?>> IMPLICIT = Map.of(
            "String", String.class,
            "Math", Math.class,
            "Integer", Integer.class,
            "Long", Long.class,
            "Double", Double.class,
            "Boolean", Boolean.class,
            "Number", Number.class,
            "Object", Object.class);

    private static final Map<String, Class<?>> PRIMITIVES = Map.of(
            "int", int.class,
            "long", long.class,
            "double", double.class,
            "boolean", boolean.class,
            "float", float.class,
            "short", short.class,
            "byte", byte.class,
            "char", char.class,
            "void", void.class);

    private final ClassLoader factLoader;

    public RuleLanguage() {
        this(RuleLanguage.class.getClassLoader());
    }

    RuleLanguage(ClassLoader factLoader) {
        this.factLoader = factLoader;
    }

    /** A type a rule may name, by its qualified name, or empty. */
    public Optional<Class<?>> allowedType(String qualifiedName) {
        if (qualifiedName.startsWith(FACT_PACKAGE + ".")) {
            return factType(qualifiedName.substring(FACT_PACKAGE.length() + 1));
        }
        return Optional.ofNullable(VALUE_TYPES_BY_NAME.get(qualifiedName));
    }

    /** A class of the fact model by its simple name, or empty (nested, non-public and unknown names are not). */
    public Optional<Class<?>> factType(String simpleName) {
        if (!simpleName.matches("[A-Z][A-Za-z0-9]*")) {
            return Optional.empty();
        }
        try {
            Class<?> type = Class.forName(FACT_PACKAGE + "." + simpleName, false, factLoader);
            return Modifier.isPublic(type.getModifiers()) ? Optional.of(type) : Optional.empty();
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    public Optional<Class<?>> implicitType(String simpleName) {
        return Optional.ofNullable(IMPLICIT.get(simpleName));
    }

    public Optional<Class<?>> primitive(String name) {
        return Optional.ofNullable(PRIMITIVES.get(name));
    }

    public boolean isAllowed(Class<?> type) {
        return type.isPrimitive() || isFact(type) || VALUE_TYPES.containsKey(type);
    }

    public boolean isFact(Class<?> type) {
        return type.getPackageName().equals(FACT_PACKAGE) && Modifier.isPublic(type.getModifiers());
    }

    /** May a rule call this method, found on {@code owner} (the static type it is called on)? */
    public boolean mayCall(Class<?> owner, Method method) {
        if (NEVER.contains(method.getName()) || !Modifier.isPublic(method.getModifiers())) {
            return false;
        }
        if (owner == BigDecimal.class && method.getName().equals("valueOf") && method.getParameterCount() != 1) {
            return false;
        }
        if (isFact(owner)) {
            return isFact(method.getDeclaringClass()) || OBJECT_METHODS.contains(method.getName());
        }
        Set<String> allowed = allowedMembers(owner);
        if (allowed == null) {
            return false;
        }
        return allowed.contains("*") || allowed.contains(method.getName()) || OBJECT_METHODS.contains(method.getName());
    }

    /** Only fact-model objects are created with {@code new}: value types have factory methods. */
    public boolean mayConstruct(Constructor<?> constructor) {
        return isFact(constructor.getDeclaringClass()) && Modifier.isPublic(constructor.getModifiers());
    }

    /** Static constants such as {@code ChronoUnit.DAYS}, {@code Integer.MAX_VALUE} or {@code Math.PI}. */
    public boolean mayRead(Class<?> owner, Field field) {
        int m = field.getModifiers();
        return Modifier.isPublic(m)
                && Modifier.isStatic(m)
                && Modifier.isFinal(m)
                && (field.getType().isPrimitive() || field.getType() == owner || field.getType() == String.class)
                && (isFact(owner) || allowedMembers(owner) != null);
    }

    private static Set<String> allowedMembers(Class<?> owner) {
        return VALUE_TYPES.get(owner);
    }
}
