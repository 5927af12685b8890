package com.tiered.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The direction of dependencies: api/web → application → domain ← infrastructure. */
class LayeringTest {
    private static final JavaClasses TIERED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.tiered");

    @Test
    void theDomainDependsOnNoOtherLayer() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..application..", "..infrastructure..", "..api..", "..web..")
                .check(TIERED);
    }

    @Test
    void theDomainKnowsNothingOfDroolsJdbcOrThePages() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.kie..",
                        "org.drools..",
                        "java.sql..",
                        "javax.sql..",
                        "jakarta.servlet..",
                        "jakarta.faces..",
                        "org.primefaces..",
                        "jakarta.ws.rs..")
                .check(TIERED);
    }

    @Test
    void applicationServicesDoNotReachIntoThePagesOrTheApi() {
        noClasses()
                .that()
                .resideInAPackage("..application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..api..", "..web..")
                .check(TIERED);
    }

    @Test
    void applicationServicesReachTheInfrastructureOnlyThroughPorts() {
        noClasses()
                .that()
                .resideInAPackage("..application..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..infrastructure..")
                .because("a use case depends on an interface in domain; CDI supplies the implementation")
                .check(TIERED);
    }

    @Test
    void pagesAndResourcesDoNotUseTheInfrastructureDirectly() {
        noClasses()
                .that()
                .resideInAnyPackage("..api..", "..web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..infrastructure..")
                .check(TIERED);
    }

    @Test
    void theRuleFactsAreNotJpaEntities() {
        classes()
                .that()
                .resideInAPackage("com.tiered.evaluation.domain.fact..")
                .should()
                .notBeAnnotatedWith(jakarta.persistence.Entity.class)
                .check(TIERED);
    }
}
