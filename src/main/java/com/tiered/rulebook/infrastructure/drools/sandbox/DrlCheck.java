package com.tiered.rulebook.infrastructure.drools.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Checks one parsed DRL file — what Drools' own parser made of it — against the rule language: the package, imports
 * and attributes it may use, the conditions it may write and the code of its functions and actions. Everything the
 * parser can produce that is not handled here is refused.
 */
final class DrlCheck {
    private static final Set<String> OPERATORS = Set.of("==", "!=", "<", ">", "<=", ">=", "contains", "memberOf");

    /** The accumulate functions a rule may use, with the type of their result. */
    private static final Map<String, Class<?>> ACCUMULATE_FUNCTIONS = Map.of(
            "count", Long.class,
            "sum", Number.class,
            "average", Number.class,
            "min", Number.class,
            "max", Number.class,
            "collectList", List.class,
            "collectSet", Set.class);

    private static final Set<String> FLAG_ATTRIBUTES = Set.of("no-loop", "lock-on-active", "auto-focus");
    private static final Set<String> NAME_ATTRIBUTES = Set.of("agenda-group", "activation-group", "ruleflow-group");

    private final RuleLanguage language;
    private final DrlFunctions functions;
    private final Refusals refusals;
    private final ParsedDrl drl;
    private final CodeCheck code;

    /** Whether the rule being checked has matched its student yet: every later per-student pattern joins to it. */
    private boolean studentMatched;

    DrlCheck(RuleLanguage language, DrlFunctions functions, Refusals refusals, ParsedDrl drl) {
        this.language = language;
        this.functions = functions;
        this.refusals = refusals;
        this.drl = drl;
        this.code = new CodeCheck(language, drl.types(), functions, refusals);
    }

    String file() {
        return drl.file();
    }

    /** The file's package, imports, declarations and functions' signatures: what other files' rules may call. */
    void declarations() {
        PackageDescr pkg = drl.pkg();
        if (!RuleLanguage.RULE_PACKAGE.equals(pkg.getName())) {
            refuse(pkg, "a rule file must start with 'package " + RuleLanguage.RULE_PACKAGE + ";'");
        }
        for (ImportDescr i : pkg.getImports()) {
            if (!drl.types().addImport(i.getTarget())) {
                refuse(
                        i,
                        "rules may not import " + i.getTarget() + "; they may import the fact model ("
                                + RuleLanguage.FACT_PACKAGE + ".*), java.time and java.math.BigDecimal");
            }
        }
        pkg.getFunctionImports().forEach(i -> refuse(i, "rules may not import functions"));
        pkg.getAccumulateImports().forEach(i -> refuse(i, "rules may not import accumulate functions"));
        pkg.getGlobals().forEach(g -> refuse(g, "rules may not declare globals; facts carry all the data"));
        pkg.getTypeDeclarations()
                .forEach(t -> refuse(t, "rules may not declare new types; the fact model is changed in the code"));
        pkg.getEnumDeclarations().forEach(t -> refuse(t, "rules may not declare new types"));
        pkg.getEntryPointDeclarations().forEach(e -> refuse(e, "rules may not declare entry points"));
        pkg.getWindowDeclarations().forEach(w -> refuse(w, "rules may not declare windows"));
        if (pkg.getUnit() != null) {
            refuse(pkg.getUnit(), "rules may not declare rule units");
        }
        pkg.getAttributes().forEach(this::attribute);
        for (FunctionDescr f : pkg.getFunctions()) {
            signature(f).ifPresent(functions::add);
        }
    }

    /** The functions' bodies and the rules. */
    void rules() {
        for (FunctionDescr f : drl.pkg().getFunctions()) {
            functions.find(f.getName()).ifPresent(signature -> {
                if (!"java".equals(f.getDialect()) && f.getDialect() != null) {
                    refuse(f, "functions are written in Java");
                }
                Scope parameters = new Scope();
                for (int i = 0; i < f.getParameterNames().size(); i++) {
                    parameters.bind(
                            f.getParameterNames().get(i), signature.parameters().get(i));
                }
                code.function(f.getBody(), parameters, signature.returns(), drl.locate(f.getBody(), f), f.getName());
            });
        }
        for (RuleDescr r : drl.pkg().getRules()) {
            rule(r);
        }
    }

    private Optional<DrlFunctions.Signature> signature(FunctionDescr f) {
        List<Class<?>> parameters = new java.util.ArrayList<>();
        for (String type : f.getParameterTypes()) {
            Optional<Class<?>> resolved = valueType(type, f);
            if (resolved.isEmpty()) {
                return Optional.empty();
            }
            parameters.add(resolved.get());
        }
        Optional<Class<?>> returns =
                "void".equals(f.getReturnType()) ? Optional.of(void.class) : valueType(f.getReturnType(), f);
        return returns.map(r -> new DrlFunctions.Signature(f.getName(), parameters, r, drl.where(f)));
    }

    private Optional<Class<?>> valueType(String name, BaseDescr at) {
        Optional<Class<?>> type = name == null || name.contains("[") || name.contains("<")
                ? Optional.empty()
                : drl.types().resolve(name.trim()).filter(language::isAllowed);
        if (type.isEmpty()) {
            refuse(at, "rules may not use the type " + name);
        }
        return type;
    }

    private void attribute(AttributeDescr a) {
        String name = a.getName();
        String value = a.getValue() == null ? "" : a.getValue().trim();
        if (name.equals("salience")) {
            if (!value.matches("-?\\d{1,9}")) {
                refuse(a, "salience must be a whole number");
            }
        } else if (name.equals("dialect")) {
            if (!value.replace("\"", "").equals("java")) {
                refuse(a, "rules are written in Java: dialect \"" + value.replace("\"", "") + "\" is not allowed");
            }
        } else if (FLAG_ATTRIBUTES.contains(name)) {
            if (!value.isEmpty() && !value.equals("true") && !value.equals("false")) {
                refuse(a, name + " is true or false");
            }
        } else if (!NAME_ATTRIBUTES.contains(name)) {
            refuse(
                    a,
                    "rules may not use the attribute '" + name + "'; they may use salience, no-loop,"
                            + " lock-on-active, agenda-group and activation-group");
        }
    }

    private void rule(RuleDescr r) {
        if (r instanceof QueryDescr) {
            refuse(r, "rule files may not declare queries");
            return;
        }
        if (!r.getAnnotations().isEmpty()) {
            refuse(r, "rules may not carry annotations");
        }
        if (r.getUnit() != null) {
            refuse(r, "rules may not belong to rule units");
        }
        r.getAttributes().values().forEach(this::attribute);
        if (!r.getNamedConsequences().isEmpty()) {
            refuse(r, "a rule has one action (then ... end)");
        }
        Scope bindings = new Scope();
        studentMatched = false;
        condition(r.getLhs(), bindings);
        Object consequence = r.getConsequence();
        if (consequence != null && !(consequence instanceof String)) {
            refuse(r, "this action cannot be read");
        } else if (consequence != null && !((String) consequence).isBlank()) {
            code.consequence((String) consequence, bindings, drl.locateConsequence(r));
        }
    }

    private void condition(BaseDescr d, Scope scope) {
        if (d == null) {
            return;
        }
        if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr) {
            for (BaseDescr child : ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs()) {
                condition(child, scope);
            }
        } else if (d instanceof ForallDescr forall) {
            forall.getDescrs().forEach(child -> condition(child, scope));
        } else if (d instanceof PatternDescr p) {
            pattern(p, scope);
        } else if (d instanceof EvalDescr e) {
            Object content = e.getContent();
            if (!(content instanceof String text)) {
                refuse(d, "this eval cannot be read");
            } else {
                code.expression(text, scope, null, drl.where(d))
                        .filter(t -> t != boolean.class && t != Boolean.class)
                        .ifPresent(t -> refuse(d, "eval( ) must be true or false"));
            }
        } else {
            refuse(
                    d,
                    "rules may not use this kind of condition ("
                            + d.getClass().getSimpleName().replace("Descr", "") + ")");
        }
    }

    private void pattern(PatternDescr p, Scope scope) {
        PatternSourceDescr source = p.getSource();
        if (p.isQuery()) {
            refuse(p, "rules may not call queries");
            return;
        }
        if (!p.getAnnotations().isEmpty() || !p.getBehaviors().isEmpty()) {
            refuse(p, "rules may not annotate patterns or use windows");
        }
        Optional<Class<?>> type = drl.types()
                .resolve(p.getObjectType())
                .filter(t -> source == null ? language.isFact(t) : language.isAllowed(t));
        if (type.isEmpty()) {
            refuse(p, "rules may not match " + p.getObjectType() + "; they match the facts of the fact model");
            return;
        }
        if (source != null) {
            source(source, scope, type.get(), drl.where(p));
        }
        if (p.getIdentifier() != null) {
            scope.bind(p.getIdentifier(), type.get());
        }
        for (BaseDescr constraint : p.getDescrs()) {
            if (!(constraint instanceof ExprConstraintDescr expr) || expr.getType() != ExprConstraintDescr.Type.NAMED) {
                refuse(constraint, "write each constraint as property, operator and value");
                continue;
            }
            DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
            ConstraintConnectiveDescr parsed = parser.parse(expr.getExpression());
            if (parser.hasErrors() || parsed == null) {
                refuse(constraint, "this constraint cannot be read: " + expr.getExpression());
                continue;
            }
            constraint(parsed, scope, type.get(), drl.where(constraint));
        }
        joinsTheStudent(p, type.get());
    }

    /**
     * The rules decide about hundreds of students in one session, and a scenario holds one. A pattern over a
     * student's facts that is not tied to the student already matched would join every student's facts with every
     * other's — harmless in the scenarios, a join of millions in a district — so after the rule's first per-student
     * pattern, each one must say {@code studentId == …} (for {@code Student}: {@code id == …}). Facts taken
     * {@code from} a bound fact's list belong to that fact already.
     */
    private void joinsTheStudent(PatternDescr p, Class<?> type) {
        String key = studentKey(type);
        if (key == null || p.getSource() instanceof FromDescr) {
            return;
        }
        if (!studentMatched) {
            studentMatched = true;
            return;
        }
        boolean joined = p.getDescrs().stream()
                .filter(ExprConstraintDescr.class::isInstance)
                .map(c -> ((ExprConstraintDescr) c).getExpression().trim())
                .anyMatch(c -> tiesToAStudent(c, type, key));
        if (!joined) {
            refuse(
                    p,
                    "this " + type.getSimpleName() + " pattern must be tied to the student matched before it ("
                            + key
                            + " == $sid): rules run on hundreds of students at once, and an untied pattern joins every"
                            + " student's facts with every other's");
        }
    }

    /**
     * Is this constraint an equality that ties the fact to one student: its student key, the fact itself, or a
     * property holding another per-student fact (a risk's {@code counted} screening), compared with a binding?
     */
    private boolean tiesToAStudent(String constraint, Class<?> type, String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Za-z_]\\w*)\\s*==\\s*\\$\\w+.*")
                .matcher(constraint);
        if (!m.matches()) {
            return false;
        }
        String side = m.group(1);
        if (side.equals(key) || side.equals("this")) {
            return true;
        }
        // A property holding another per-student fact, read as a condition reads it.
        return code.property(type, side)
                .map(getter -> studentKey(getter.getReturnType()) != null)
                .orElse(false);
    }

    /** The property that names a fact's student, or null for facts that belong to no student (tables, AsOf). */
    private static String studentKey(Class<?> type) {
        if (type.getSimpleName().equals("Student")) {
            return "id";
        }
        try {
            type.getMethod("getStudentId");
            return "studentId";
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private void source(PatternSourceDescr source, Scope scope, Class<?> type, Where pattern) {
        if (source instanceof CollectDescr collect) {
            if (!java.util.Collection.class.isAssignableFrom(type)) {
                refuse(pattern, "collect( ) gives a List or Set");
            }
            condition(collect.getInputPattern(), scope.inner());
        } else if (source.getClass() == AccumulateDescr.class) {
            // Exactly an accumulate: its subclasses (groupby) carry code of their own that this check does not read.
            accumulate((AccumulateDescr) source, scope, pattern);
        } else if (source instanceof FromDescr from) {
            code.expression(from.getDataSource().getText(), scope, null, pattern)
                    .filter(t -> !java.util.Collection.class.isAssignableFrom(t) && !language.isFact(t))
                    .ifPresent(t -> refuse(pattern, "from takes a list of facts or a fact"));
        } else {
            refuse(
                    pattern,
                    "rules may not match facts from "
                            + source.getClass()
                                    .getSimpleName()
                                    .replace("Descr", "")
                                    .toLowerCase() + "; they match the facts given to the rules");
        }
    }

    private void accumulate(AccumulateDescr accumulate, Scope scope, Where where) {
        if (!accumulate.isExternalFunction()) {
            refuse(
                    where,
                    "accumulate may only use count, sum, average, min, max, collectList and collectSet,"
                            + " not code of its own");
            return;
        }
        Scope inner = scope.inner();
        condition(accumulate.getInput(), inner);
        for (AccumulateDescr.AccumulateFunctionCallDescr f : accumulate.getFunctions()) {
            Class<?> result = ACCUMULATE_FUNCTIONS.get(f.getFunction());
            if (result == null) {
                refuse(
                        where,
                        "accumulate may not use " + f.getFunction() + "; it may use "
                                + String.join(", ", ACCUMULATE_FUNCTIONS.keySet()));
                continue;
            }
            for (String parameter : f.getParams()) {
                code.expression(parameter, inner, null, where);
            }
            if (f.getBind() != null) {
                scope.bind(f.getBind(), result);
            }
        }
    }

    private void constraint(BaseDescr d, Scope scope, Class<?> self, Where where) {
        if (d instanceof ConstraintConnectiveDescr connective) {
            connective.getDescrs().forEach(child -> constraint(child, scope, self, where));
        } else if (d instanceof BindingDescr binding) {
            code.expression(binding.getExpression(), scope, self, where)
                    .ifPresent(type -> scope.bind(binding.getVariable(), type));
        } else if (d instanceof RelationalExprDescr relation) {
            String operator = relation.getOperator();
            if (!OPERATORS.contains(operator) || relation.getParameters() != null) {
                refuse(
                        where,
                        "rules may not use the operator '" + operator + "'; they may use "
                                + String.join(" ", OPERATORS.stream().sorted().toList()));
                return;
            }
            constraint(relation.getLeft(), scope, self, where);
            constraint(relation.getRight(), scope, self, where);
        } else if (d instanceof AtomicExprDescr atom) {
            if (!atom.isLiteral() || !atom.getExpression().matches("null|true|false|-?[0-9.]+[lLdD]?")) {
                code.expression(atom.getExpression(), scope, self, where);
            }
        } else {
            refuse(where, "rules may not write this constraint");
        }
    }

    private void refuse(BaseDescr at, String sentence) {
        refuse(drl.where(at), sentence);
    }

    private void refuse(Where where, String sentence) {
        refusals.refuse(where, sentence + "; " + Refusals.FENCE);
    }
}
