package id.jaring.linkage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The engine must run without Spring (later on Spark): no class of its packages may use org.springframework. */
class EnginePlainJavaTests {

    @Test
    void theEnginePackagesDoNotUseSpring() {
        JavaClasses engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.jaring.linkage.standardise", "id.jaring.linkage.compare", "id.jaring.linkage.engine");
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("the linkage engine is plain Java so that it can run on a distributed engine unchanged")
                .check(engine);
        if (engine.size() < 10) {
            throw new AssertionError("the engine packages were not found: " + engine.size() + " classes");
        }
    }
}
