package com.tiered.rulebook.infrastructure.drools.sandbox;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.Type;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.drools.mvel.asm.KnowledgeHelperFixer;

/**
 * Reads the Java of a consequence, a function body or a constraint with a real Java parser and resolves every name
 * in it: each variable to its binding, each type to the allowlist, each call to an allowed method of the static type
 * it is called on. Only the statements and expressions listed here are accepted; any other kind of node is refused.
 */
final class CodeCheck {
    /** Where the code stands decides what it may use. */
    enum Place {
        CONSEQUENCE,
        FUNCTION,
        CONSTRAINT
    }

    /** The type of {@code null}, which fits any reference. */
    private static final class NullType {}

    /** A name that stands for a type (the receiver of a static call or constant). */
    private record TypeRef(Class<?> type) {}

    /** {@code drools.getRule()}: only its name may be read. */
    private static final class RuleRef {}

    private static final String ENGINE_PREFIX = "drools.";

    /** The most copies of its inputs a text variable may hold (see {@code Walk.grow}). */
    private static final int MAX_COPIES = 64;

    /** What a function's result may hold, and so what a call of it counts as. */
    private static final int FUNCTION_COPIES = 4;

    /** Methods whose text result is no longer than their receiver and arguments together. */
    private static final Set<String> TEXT_KEEPING =
            Set.of("substring", "trim", "strip", "toUpperCase", "toLowerCase", "valueOf", "toString");

    private static final Set<String> FACT_OPERATIONS = Set.of("insert", "insertLogical", "update", "delete", "retract");

    private final RuleLanguage language;
    private final TypeNames types;
    private final DrlFunctions functions;
    private final Refusals refusals;
    private final JavaParser parser;

    CodeCheck(RuleLanguage language, TypeNames types, DrlFunctions functions, Refusals refusals) {
        this.language = language;
        this.types = types;
        this.functions = functions;
        this.refusals = refusals;
        // The compiler reads unicode escapes before anything else, so the check must see the same characters.
        this.parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setPreprocessUnicodeEscapes(true));
    }

    /** A consequence (the code after {@code then}), with the bindings of its conditions in scope. */
    void consequence(String code, Scope bindings, Where where) {
        if (readsTheSame(code, where)) {
            block(ModifyBlocks.rewrite(code), bindings, null, Place.CONSEQUENCE, where, null);
        }
    }

    /**
     * Before an action reaches the Java compiler, Drools passes it through MVEL's macro processor, which has a lexer
     * of its own (it reads {@code /*}{@code /} as a whole comment and drops a backslash with the next character
     * outside what it takes for strings). The check must read what the compiler will read, so the action is taken
     * only when that pass changes nothing but the engine's own prefixes ({@code insert(} becomes
     * {@code drools.insert(}); anything else means the two readings differ, and the action is refused.
     */
    private boolean readsTheSame(String code, Where where) {
        String fixed;
        try {
            fixed = KnowledgeHelperFixer.fix(code).strip();
        } catch (RuntimeException e) {
            refusals.refuse(where, "the engine cannot read this action; " + Refusals.FENCE);
            return false;
        }
        // The macro pass trims the action; what lies between must be the same.
        String plain = code.strip();
        int lead = code.indexOf(plain);
        int i = 0;
        int j = 0;
        while (i < plain.length() && j < fixed.length()) {
            if (plain.charAt(i) == fixed.charAt(j)) {
                i++;
                j++;
            } else if (fixed.startsWith(ENGINE_PREFIX, j)) {
                j += ENGINE_PREFIX.length();
            } else {
                break;
            }
        }
        if (i == plain.length() && j == fixed.length()) {
            return true;
        }
        Where inCode = Where.ofOffset(where.file(), code, lead + i);
        refusals.refuse(
                where.at(inCode.line(), inCode.column()),
                "the engine would read this action differently from how it is written (a backslash outside a string,"
                        + " a text block or an unusual comment); write it plainly; " + Refusals.FENCE);
        return false;
    }

    /** A function body; {@code caller} is the function's name, for the recursion check. */
    void function(String body, Scope parameters, Class<?> returns, Where where, String caller) {
        block(body, parameters, returns, Place.FUNCTION, where, caller);
    }

    /**
     * An expression of a condition, evaluated on a fact of type {@code self} (bare names are its properties and
     * methods; null outside a pattern).
     *
     * @return its type, or empty when refused
     */
    Optional<Class<?>> expression(String code, Scope scope, Class<?> self, Where where) {
        ParseResult<Expression> parsed = parser.parseExpression(code);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            refuseUnparsed(parsed.getProblems(), where, "condition");
            return Optional.empty();
        }
        Walk walk = new Walk(Place.CONSTRAINT, self, null, where, null);
        int before = refusals.count();
        Object type = walk.expr(parsed.getResult().get(), scope);
        return refusals.count() > before || !(type instanceof Class<?> c) ? Optional.empty() : Optional.of(c);
    }

    private void block(String code, Scope outer, Class<?> returns, Place place, Where where, String caller) {
        ParseResult<BlockStmt> parsed = parser.parseBlock("{" + code + "\n}");
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            refuseUnparsed(parsed.getProblems(), where.at(1, 0), place == Place.FUNCTION ? "function" : "action");
            return;
        }
        // The opening brace added above shifts the first line's columns by one.
        new Walk(place, null, returns, where.at(1, 0), caller)
                .statement(parsed.getResult().get(), outer);
    }

    private void refuseUnparsed(List<Problem> problems, Where where, String what) {
        Where at = where;
        String detail = "";
        if (!problems.isEmpty()) {
            Problem first = problems.get(0);
            detail = ": " + first.getMessage().lines().findFirst().orElse("");
            if (first.getLocation().isPresent()) {
                var begin = first.getLocation().get().getBegin().getRange();
                if (begin.isPresent()) {
                    at = where.at(begin.get().begin.line, begin.get().begin.column);
                }
            }
        }
        refusals.refuse(at, "this " + what + " is not plain Java that a rule may use" + detail);
    }

    /** One walk over one piece of code. */
    private final class Walk {
        private final Place place;
        private final Class<?> self;
        private final Class<?> returns;
        private final Where origin;
        private final String caller;

        Walk(Place place, Class<?> self, Class<?> returns, Where origin, String caller) {
            this.place = place;
            this.self = self;
            this.returns = returns;
            this.origin = origin;
            this.caller = caller;
        }

        private Where at(Node node) {
            return node.getBegin().map(p -> origin.at(p.line, p.column)).orElse(origin);
        }

        private Object refuse(Node node, String sentence) {
            refusals.refuse(at(node), sentence + "; " + Refusals.FENCE);
            return null;
        }

        // ---- statements

        void statement(Statement s, Scope scope) {
            if (s instanceof BlockStmt block) {
                Scope inner = scope.inner();
                block.getStatements().forEach(st -> statement(st, inner));
            } else if (s instanceof ExpressionStmt e) {
                expressionStatement(e.getExpression(), scope);
            } else if (s instanceof IfStmt i) {
                condition(i.getCondition(), scope);
                statement(i.getThenStmt(), scope.inner());
                i.getElseStmt().ifPresent(e -> statement(e, scope.inner()));
            } else if (s instanceof ReturnStmt r) {
                if (place != Place.FUNCTION) {
                    refuse(s, "an action may not return early");
                } else {
                    r.getExpression().ifPresent(e -> {
                        expr(e, scope);
                        if (copies(e, scope) > FUNCTION_COPIES) {
                            refuse(
                                    e,
                                    "a function may return at most " + FUNCTION_COPIES + " copies of the text it"
                                            + " is given; build longer text in the action");
                        }
                    });
                }
            } else if (!(s instanceof EmptyStmt)) {
                refuse(s, statementRefusal(s));
            }
        }

        private String statementRefusal(Statement s) {
            String kind = s.getClass().getSimpleName();
            if (s.isForStmt() || s.isForEachStmt() || s.isWhileStmt() || s.isDoStmt()) {
                return "rules may not loop: a rule fires once for each match of its conditions, so write the"
                        + " condition instead of the loop";
            }
            if (s.isTryStmt() || s.isThrowStmt()) {
                return "rules may not throw or catch exceptions";
            }
            if (s.isLocalClassDeclarationStmt() || s.isLocalRecordDeclarationStmt()) {
                return "rules may not declare classes";
            }
            if (s.isSynchronizedStmt()) {
                return "rules may not synchronize";
            }
            if (s.isSwitchStmt()) {
                return "rules may not use switch; write one rule per case, or if/else";
            }
            return "rules may not use a " + kind.replace("Stmt", "").toLowerCase() + " statement";
        }

        private void expressionStatement(Expression e, Scope scope) {
            if (e instanceof VariableDeclarationExpr declaration) {
                declare(declaration, scope);
            } else if (e.isMethodCallExpr() || e.isAssignExpr() || e.isUnaryExpr() || e.isObjectCreationExpr()) {
                expr(e, scope);
            } else {
                refuse(e, "this expression does nothing on its own");
            }
        }

        private void declare(VariableDeclarationExpr declaration, Scope scope) {
            for (VariableDeclarator v : declaration.getVariables()) {
                Class<?> type = type(v.getType());
                if (type != null && type != void.class) {
                    v.getInitializer().ifPresent(init -> expr(init, scope));
                    scope.local(v.getNameAsString(), type);
                    v.getInitializer().ifPresent(init -> grow(v, v.getNameAsString(), copies(init, scope), scope));
                }
            }
        }

        /**
         * Text joined with {@code +} may double with every line ({@code b = a + a; c = b + b; …}) and reach gigabytes
         * inside one action, where the watchdog cannot halt it. Each text variable keeps how many copies of its
         * inputs it can hold at most, and past {@value #MAX_COPIES} the action is refused.
         */
        private void grow(Node at, String variable, int copies, Scope scope) {
            if (scope.type(variable) != String.class) {
                return;
            }
            scope.copies(variable, copies);
            if (copies > MAX_COPIES) {
                refuse(
                        at,
                        "this action could build text of unbounded size ('" + variable + "' holds up to " + copies
                                + " copies of its inputs)");
            }
        }

        /** How many copies of its inputs (bindings, literals, values read from facts) a text expression holds. */
        private int copies(Expression e, Scope scope) {
            if (e instanceof EnclosedExpr en) {
                return copies(en.getInner(), scope);
            }
            if (e instanceof NameExpr n) {
                return scope.copies(n.getNameAsString());
            }
            if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
                return saturated(copies(b.getLeft(), scope) + copies(b.getRight(), scope));
            }
            if (e instanceof ConditionalExpr c) {
                return Math.max(copies(c.getThenExpr(), scope), copies(c.getElseExpr(), scope));
            }
            if (e instanceof AssignExpr a) {
                return copies(a.getValue(), scope);
            }
            if (e instanceof MethodCallExpr m) {
                int receiver = m.getScope().map(r -> copies(r, scope)).orElse(0);
                int args = m.getArguments().stream()
                        .mapToInt(a -> copies(a, scope))
                        .sum();
                if (m.getScope().isEmpty()
                        && functions.find(m.getNameAsString()).isPresent()) {
                    return saturated(FUNCTION_COPIES * Math.max(1, args));
                }
                // String methods keep or shorten their receiver (concat joins); anything else reads a fact anew.
                return m.getNameAsString().equals("concat")
                        ? saturated(receiver + args)
                        : Math.max(1, TEXT_KEEPING.contains(m.getNameAsString()) ? receiver + args : 1);
            }
            return 1;
        }

        private void condition(Expression e, Scope scope) {
            Object type = expr(e, scope);
            if (type instanceof Class<?> c && c != boolean.class && c != Boolean.class) {
                refuse(e, "a condition must be true or false");
            }
        }

        private Class<?> type(Type t) {
            if (t.isArrayType()) {
                refuse(t, "rules may not use arrays");
                return null;
            }
            if (t.isVarType() || t.isUnknownType()) {
                refuse(t, "write the variable's type instead of var");
                return null;
            }
            if (t.isClassOrInterfaceType()
                    && t.asClassOrInterfaceType().getTypeArguments().isPresent()) {
                refuse(t, "rules may not use type arguments (<...>)");
                return null;
            }
            String name =
                    t.isClassOrInterfaceType() ? t.asClassOrInterfaceType().getNameWithScope() : t.asString();
            Optional<Class<?>> type = types.resolve(name);
            if (type.isEmpty() || !language.isAllowed(type.get())) {
                refuse(t, "rules may not use the type " + name);
                return null;
            }
            return type.get();
        }

        // ---- expressions: each answers its static type (a Class, a TypeRef, a RuleRef) or null when refused

        Object expr(Expression e, Scope scope) {
            if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
                return String.class;
            } else if (e instanceof IntegerLiteralExpr) {
                return int.class;
            } else if (e instanceof LongLiteralExpr) {
                return long.class;
            } else if (e instanceof DoubleLiteralExpr d) {
                return d.getValue().toLowerCase().endsWith("f") ? float.class : double.class;
            } else if (e instanceof BooleanLiteralExpr) {
                return boolean.class;
            } else if (e instanceof CharLiteralExpr) {
                return char.class;
            } else if (e instanceof NullLiteralExpr) {
                return NullType.class;
            } else if (e instanceof EnclosedExpr en) {
                return expr(en.getInner(), scope);
            } else if (e instanceof NameExpr n) {
                return name(n, scope);
            } else if (e instanceof ThisExpr t) {
                return self != null && t.getTypeName().isEmpty() ? self : refuse(e, "rules may not use this here");
            } else if (e instanceof FieldAccessExpr f) {
                return field(f, scope);
            } else if (e instanceof MethodCallExpr m) {
                return call(m, scope);
            } else if (e instanceof ObjectCreationExpr o) {
                return create(o, scope);
            } else if (e instanceof BinaryExpr b) {
                return binary(b, scope);
            } else if (e instanceof UnaryExpr u) {
                return unary(u, scope);
            } else if (e instanceof ConditionalExpr c) {
                condition(c.getCondition(), scope);
                Object then = expr(c.getThenExpr(), scope);
                Object otherwise = expr(c.getElseExpr(), scope);
                return then == NullType.class ? otherwise : then;
            } else if (e instanceof CastExpr c) {
                expr(c.getExpression(), scope);
                return type(c.getType());
            } else if (e instanceof AssignExpr a) {
                return assign(a, scope);
            } else if (e instanceof VariableDeclarationExpr) {
                return refuse(e, "declare variables as statements of their own");
            }
            return refuse(e, expressionRefusal(e));
        }

        private String expressionRefusal(Expression e) {
            if (e.isLambdaExpr() || e.isMethodReferenceExpr()) {
                return "rules may not use lambdas or method references";
            }
            if (e.isArrayCreationExpr() || e.isArrayAccessExpr() || e.isArrayInitializerExpr()) {
                return "rules may not use arrays";
            }
            if (e.isClassExpr()) {
                return "rules may not use .class";
            }
            if (e.isInstanceOfExpr()) {
                return "rules may not test an object's class; match the fact type in the conditions instead";
            }
            if (e.isSuperExpr()) {
                return "rules may not use super";
            }
            if (e.isSwitchExpr()) {
                return "rules may not use switch";
            }
            return "rules may not use this kind of expression (" + e.getClass().getSimpleName() + ")";
        }

        private Object name(NameExpr n, Scope scope) {
            String name = n.getNameAsString();
            if (scope.has(name)) {
                return scope.type(name);
            }
            if (name.equals("drools") || name.equals("kcontext")) {
                return refuse(n, "rules may only use drools.getRule().getName() of the engine");
            }
            if (self != null) {
                Optional<Method> getter = property(self, name);
                if (getter.isPresent()) {
                    return getter.get().getReturnType();
                }
            }
            Optional<Class<?>> type = types.resolve(name);
            if (type.isPresent()
                    && language.isAllowed(type.get())
                    && !type.get().isPrimitive()) {
                return new TypeRef(type.get());
            }
            if (Character.isUpperCase(name.charAt(0))) {
                return refuse(n, "rules may not use " + name);
            }
            return refuse(
                    n,
                    self != null
                            ? "'" + name + "' is neither a binding nor a property of " + self.getSimpleName()
                            : "'" + name + "' is not a binding or a variable of this rule");
        }

        private Object field(FieldAccessExpr f, Scope scope) {
            Optional<Class<?>> qualified = qualifiedType(f);
            if (qualified.isPresent()) {
                return new TypeRef(qualified.get());
            }
            if (looksQualified(f) && !f.getScope().isNameExpr()) {
                return refuse(f, "rules may not use the type " + f);
            }
            Object owner = expr(f.getScope(), scope);
            if (owner == null) {
                return null;
            }
            String name = f.getNameAsString();
            if (owner instanceof TypeRef ref) {
                try {
                    Field field = ref.type().getField(name);
                    if (language.mayRead(ref.type(), field)) {
                        return field.getType();
                    }
                } catch (NoSuchFieldException e) {
                    // refused below
                }
                return refuse(f, "rules may not read " + ref.type().getSimpleName() + "." + name);
            }
            if (owner instanceof Class<?> type && place == Place.CONSTRAINT) {
                Optional<Method> getter = property(type, name);
                if (getter.isPresent()) {
                    return getter.get().getReturnType();
                }
            }
            return refuse(f, "'" + name + "' is not a property a rule may read of " + describe(owner));
        }

        /** {@code java.io.File} and the like: a dotted name whose root is no variable. */
        private Optional<Class<?>> qualifiedType(FieldAccessExpr f) {
            if (!looksQualified(f)) {
                return Optional.empty();
            }
            return types.resolve(f.toString()).filter(language::isAllowed);
        }

        private boolean looksQualified(FieldAccessExpr f) {
            Expression root = f;
            while (root instanceof FieldAccessExpr inner) {
                root = inner.getScope();
            }
            return root instanceof NameExpr n
                    && Character.isLowerCase(n.getNameAsString().charAt(0))
                    && !n.getNameAsString().startsWith("$")
                    && f.toString().matches("[a-z][a-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+")
                    && !isVariableOrProperty(n.getNameAsString());
        }

        private boolean isVariableOrProperty(String name) {
            return self != null && property(self, name).isPresent();
        }

        private Object call(MethodCallExpr m, Scope scope) {
            if (m.getTypeArguments().isPresent()) {
                return refuse(m, "rules may not use type arguments (<...>)");
            }
            List<Object> args = new ArrayList<>();
            for (Expression a : m.getArguments()) {
                args.add(expr(a, scope));
            }
            String name = m.getNameAsString();
            if (m.getScope().isEmpty()) {
                return unqualifiedCall(m, name, args);
            }
            Expression receiver = m.getScope().get();
            if (receiver instanceof NameExpr n
                    && !scope.has(n.getNameAsString())
                    && n.getNameAsString().equals("drools")) {
                return place == Place.CONSEQUENCE && name.equals("getRule") && args.isEmpty()
                        ? new RuleRef()
                        : refuse(m, "rules may only use drools.getRule().getName() of the engine");
            }
            Object owner = expr(receiver, scope);
            if (owner == null) {
                return null;
            }
            if (owner instanceof RuleRef) {
                return name.equals("getName") && args.isEmpty()
                        ? String.class
                        : refuse(m, "rules may only use drools.getRule().getName() of the engine");
            }
            boolean statics = owner instanceof TypeRef;
            Class<?> type = statics ? ((TypeRef) owner).type() : (Class<?>) owner;
            if (type == NullType.class || type.isPrimitive()) {
                return refuse(m, "'" + name + "' cannot be called on " + describe(owner));
            }
            return method(m, type, name, args, statics);
        }

        private Object unqualifiedCall(MethodCallExpr m, String name, List<Object> args) {
            if (place == Place.CONSEQUENCE && FACT_OPERATIONS.contains(name)) {
                if (args.size() != 1) {
                    return refuse(m, name + " takes one fact");
                }
                Object fact = args.get(0);
                if (fact != null && !(fact instanceof Class<?> c && language.isFact(c))) {
                    return refuse(m, "rules may only " + name + " facts of the fact model, not " + describe(fact));
                }
                return void.class;
            }
            Optional<DrlFunctions.Signature> function = functions.find(name);
            if (function.isPresent()) {
                if (function.get().parameters().size() != args.size()) {
                    return refuse(
                            m,
                            "the function " + name + " takes "
                                    + function.get().parameters().size() + " value(s)");
                }
                if (caller != null) {
                    functions.calls(caller, name);
                }
                return function.get().returns();
            }
            if (self != null) {
                return method(m, self, name, args, false);
            }
            return refuse(m, "rules may not call " + name + "(): it is no function of the rule set");
        }

        private Object method(MethodCallExpr m, Class<?> type, String name, List<Object> args, boolean statics) {
            List<Method> candidates = Arrays.stream(candidateMethods(type))
                    .filter(x -> x.getName().equals(name))
                    .filter(x -> Modifier.isStatic(x.getModifiers()) == statics)
                    .filter(x -> x.getParameterCount() == args.size() && !x.isVarArgs())
                    .filter(x -> !x.isBridge() && !x.isSynthetic())
                    .filter(x -> language.mayCall(type, x))
                    .toList();
            if (candidates.isEmpty()) {
                return refuse(m, "rules may not call " + type.getSimpleName() + "." + name + "()");
            }
            return best(candidates, args).getReturnType();
        }

        private Method[] candidateMethods(Class<?> type) {
            if (!type.isInterface()) {
                return type.getMethods();
            }
            List<Method> all = new ArrayList<>(Arrays.asList(type.getMethods()));
            all.addAll(Arrays.asList(Object.class.getMethods()));
            return all.toArray(new Method[0]);
        }

        private Object create(ObjectCreationExpr o, Scope scope) {
            if (o.getAnonymousClassBody().isPresent()) {
                return refuse(o, "rules may not declare classes");
            }
            if (o.getScope().isPresent() || o.getTypeArguments().isPresent()) {
                return refuse(o, "rules may not create objects this way");
            }
            List<Object> args = new ArrayList<>();
            for (Expression a : o.getArguments()) {
                args.add(expr(a, scope));
            }
            String name = o.getType().getNameWithScope();
            Optional<Class<?>> type = types.resolve(name);
            if (type.isEmpty() || !language.isFact(type.get())) {
                return refuse(
                        o.getType(),
                        "rules may not create a " + o.getType().getNameAsString()
                                + "; they create facts of the fact model only");
            }
            List<Constructor<?>> candidates = Arrays.stream(type.get().getConstructors())
                    .filter(c -> c.getParameterCount() == args.size() && !c.isVarArgs())
                    .filter(language::mayConstruct)
                    .toList();
            if (candidates.isEmpty()) {
                return refuse(o, type.get().getSimpleName() + " cannot be created from " + args.size() + " value(s)");
            }
            return type.get();
        }

        private Object binary(BinaryExpr b, Scope scope) {
            Object left = expr(b.getLeft(), scope);
            Object right = expr(b.getRight(), scope);
            if (left instanceof TypeRef || right instanceof TypeRef) {
                return refuse(b, "a type is not a value");
            }
            switch (b.getOperator()) {
                case OR, AND, EQUALS, NOT_EQUALS, LESS, GREATER, LESS_EQUALS, GREATER_EQUALS:
                    return boolean.class;
                case PLUS:
                    if (left == String.class || right == String.class) {
                        return String.class;
                    }
                    return numeric(left, right);
                default:
                    return numeric(left, right);
            }
        }

        private Object unary(UnaryExpr u, Scope scope) {
            Object type = expr(u.getExpression(), scope);
            boolean changes = u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT
                    || u.getOperator() == UnaryExpr.Operator.PREFIX_DECREMENT
                    || u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
                    || u.getOperator() == UnaryExpr.Operator.POSTFIX_DECREMENT;
            if (changes && !(u.getExpression() instanceof NameExpr n && scope.isLocal(n.getNameAsString()))) {
                return refuse(u, "rules may only change their own local variables");
            }
            return u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT ? boolean.class : type;
        }

        private Object assign(AssignExpr a, Scope scope) {
            if (!(a.getTarget() instanceof NameExpr n) || !scope.isLocal(n.getNameAsString())) {
                return refuse(
                        a,
                        "rules may only assign their own local variables; change a fact with its methods"
                                + " and update it");
            }
            expr(a.getValue(), scope);
            String variable = n.getNameAsString();
            int added = copies(a.getValue(), scope);
            grow(
                    a,
                    variable,
                    a.getOperator() == AssignExpr.Operator.ASSIGN ? added : saturated(scope.copies(variable) + added),
                    scope);
            return scope.type(variable);
        }

        private Class<?> numeric(Object left, Object right) {
            List<Class<?>> order = List.of(double.class, float.class, long.class);
            for (Class<?> wide : order) {
                if (unboxed(left) == wide || unboxed(right) == wide) {
                    return wide;
                }
            }
            return int.class;
        }

        private String describe(Object type) {
            if (type instanceof TypeRef ref) {
                return "the type " + ref.type().getSimpleName();
            }
            return type instanceof Class<?> c ? (c == NullType.class ? "null" : c.getSimpleName()) : "this value";
        }
    }

    /** A property of a fact read by name, as a condition reads it: {@code getX()}, {@code isX()} or {@code x()}. */
    Optional<Method> property(Class<?> type, String name) {
        if (name.isEmpty() || name.startsWith("$")) {
            return Optional.empty();
        }
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of("get" + capitalised, "is" + capitalised, name)) {
            try {
                Method m = type.getMethod(candidate);
                if (!Modifier.isStatic(m.getModifiers())
                        && m.getReturnType() != void.class
                        && language.mayCall(type, m)) {
                    return Optional.of(m);
                }
            } catch (NoSuchMethodException e) {
                // try the next spelling
            }
        }
        return Optional.empty();
    }

    private static int saturated(long copies) {
        return (int) Math.min(Integer.MAX_VALUE / 2, copies);
    }

    /** The overload that fits the arguments best; arguments of unknown type fit any parameter. */
    private static Method best(List<Method> candidates, List<Object> args) {
        for (Method m : candidates) {
            if (fits(m, args, true)) {
                return m;
            }
        }
        for (Method m : candidates) {
            if (fits(m, args, false)) {
                return m;
            }
        }
        return candidates.get(0);
    }

    private static boolean fits(Executable m, List<Object> args, boolean exact) {
        Class<?>[] parameters = m.getParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            if (!(args.get(i) instanceof Class<?> arg)) {
                continue;
            }
            if (arg == NullType.class) {
                if (parameters[i].isPrimitive()) {
                    return false;
                }
                continue;
            }
            if (exact ? unboxed(parameters[i]) != unboxed(arg) : !assignable(parameters[i], arg)) {
                return false;
            }
        }
        return true;
    }

    private static boolean assignable(Class<?> parameter, Class<?> arg) {
        Class<?> p = unboxed(parameter);
        Class<?> a = unboxed(arg);
        if (p.isAssignableFrom(a) || parameter.isAssignableFrom(arg)) {
            return true;
        }
        List<Class<?>> widening =
                List.of(byte.class, short.class, char.class, int.class, long.class, float.class, double.class);
        return widening.contains(p) && widening.contains(a) && widening.indexOf(a) <= widening.indexOf(p);
    }

    private static Object unboxed(Object type) {
        return type instanceof Class<?> c ? unboxed(c) : type;
    }

    private static Class<?> unboxed(Class<?> type) {
        if (type == Integer.class) {
            return int.class;
        }
        if (type == Long.class) {
            return long.class;
        }
        if (type == Double.class) {
            return double.class;
        }
        if (type == Boolean.class) {
            return boolean.class;
        }
        if (type == Float.class) {
            return float.class;
        }
        return type;
    }
}
