package org.podium.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of shared/design/architecture.md: domain <- scoring <- service <- store, exchange <- ui, cli <- app. */
@AnalyzeClasses(packages = "org.podium", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainImportsOnlyTheJdk = noClasses().that().resideInAPackage("org.podium.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.podium.domain..", "java..");

    @ArchTest
    static final ArchRule scoringImportsOnlyTheDomain = noClasses().that().resideInAPackage("org.podium.scoring..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.podium.domain..", "org.podium.scoring..", "java..");

    @ArchTest
    static final ArchRule storeImportsOnlyTheDomainAndJdbc = noClasses().that().resideInAPackage("org.podium.store..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.podium.domain..", "org.podium.store..", "java..",
                    "javax.crypto..", "org.sqlite..", "org.postgresql..");

    /**
     * Exporters read results only: the domain (where the engine's result records live), their own package, the JDK
     * (with its SAX parser, which checks a contest's template) and the document libraries (POI for Excel,
     * JasperReports for PDF, and what those need). Never the engine, the database, the contest files, a service, a
     * screen or the command line.
     */
    @ArchTest
    static final ArchRule exchangeReadsResultsOnly = noClasses().that().resideInAPackage("org.podium.exchange..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.podium.domain..", "org.podium.exchange..",
                    "java..", "javax.xml..", "org.xml.sax..", "org.apache.poi..", "org.apache.xmlbeans..",
                    "org.openxmlformats..", "net.sf.jasperreports..", "org.openpdf..", "com.lowagie..");

    @ArchTest
    static final ArchRule exchangeNeverTouchesTheStoreScreensOrCommands = noClasses().that().resideInAPackage("org.podium.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("org.podium.store..", "org.podium.contestfile..",
                    "org.podium.service..", "org.podium.ui..", "org.podium.app..", "org.podium.cli..", "javafx..", "java.sql..");

    @ArchTest
    static final ArchRule contestFilesDoNotScore = noClasses().that().resideInAPackage("org.podium.contestfile..")
            .should().dependOnClassesThat().resideInAnyPackage("org.podium.scoring..", "org.podium.cli..");

    @ArchTest
    static final ArchRule nothingImportsTheCommandLine = noClasses().that().resideOutsideOfPackages("org.podium.cli..", "org.podium")
            .should().dependOnClassesThat().resideInAPackage("org.podium.cli..");

    @ArchTest
    static final ArchRule theCoreImportsNoScreen = noClasses().that().resideInAnyPackage("org.podium.domain..",
                    "org.podium.scoring..", "org.podium.store..", "org.podium.contestfile..", "org.podium.service..",
                    "org.podium.server..")
            .should().dependOnClassesThat().resideInAnyPackage("org.podium.ui..", "org.podium.app..", "javafx..");

    /**
     * Screens read the engine's results (records of the domain) and ask the services for anything computed; they
     * never run the engine themselves (issue 13 part 1).
     */
    @ArchTest
    static final ArchRule screensDoNotScore = noClasses().that().resideInAPackage("org.podium.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.podium.scoring..");

    /** One package per screen; what screens share lives in ui.common. */
    @ArchTest
    static final ArchRule screensDoNotImportEachOther = slices().matching("org.podium.ui.(*)..").should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.podium.ui.common.."));

    /** View models hold state and commands only: javafx.beans and javafx.collections, no scene, stage or FX thread. */
    @ArchTest
    static final ArchRule viewModelsNeedNoScreen = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..",
                    "javafx.fxml..");

    /** The composition root: only the launcher starts it. */
    @ArchTest
    static final ArchRule nothingImportsTheApp = noClasses().that().resideOutsideOfPackages("org.podium.app..", "org.podium")
            .should().dependOnClassesThat().resideInAPackage("org.podium.app..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.podium.(*)..").should().beFreeOfCycles();

    /**
     * Every screen reaches the venue database through the services only (issue 13, "one way in"): the stations through
     * their read models ({@code JudgeSheets}, {@code TimingDesk}, {@code Logins}), the head table, the board and the
     * exports through {@code RoundControl} and the shared current results, and every write through {@code Recording}.
     */
    @ArchTest
    static final ArchRule screensNeverTouchTheStore = noClasses().that().resideInAPackage("org.podium.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.podium.store..");

    /** The desktop app's composition root wires services, never the database itself. */
    @ArchTest
    static final ArchRule theAppNeverTouchesTheStore = noClasses().that().resideInAPackage("org.podium.app..")
            .should().dependOnClassesThat().resideInAPackage("org.podium.store..");

    /**
     * The administration commands that open the venue database itself, by name: what they do is the database's (its
     * hash chain, audit trail, backups, officials and PINs, the import of files into its journal, the export of its
     * facts); {@code Databases} opens it for them and for the commands that read results from it.
     */
    static final String ADMINISTRATION = "org\\.podium\\.cli\\.(DatabaseCommand|Databases|VerifyCommand|AuditCommand"
            + "|RestoreCommand|OfficialsCommand|ImportCommand|ExportFactsCommand)(\\$.*)?";

    /** Every other command (rank, teams, the exports...) reads through the services (issue 13). */
    @ArchTest
    static final ArchRule onlyAdministrationCommandsTouchTheStore = noClasses().that().resideInAPackage("org.podium.cli..")
            .and().haveNameNotMatching(ADMINISTRATION)
            .should().dependOnClassesThat().resideInAPackage("org.podium.store..");

    /** The judge station reads and records through the service's judge read model only (issue 13). */
    @ArchTest
    static final ArchRule theJudgeStationNeverTouchesTheStore = noClasses().that().resideInAPackage("org.podium.ui.judging..")
            .should().dependOnClassesThat().resideInAPackage("org.podium.store..");

    /** The timekeeper station reads and records through the service's timing desk only (issue 13). */
    @ArchTest
    static final ArchRule theTimekeeperStationNeverTouchesTheStore = noClasses().that().resideInAPackage("org.podium.ui.timing..")
            .should().dependOnClassesThat().resideInAPackage("org.podium.store..");

    /** Logging in goes through the service's {@code Logins}: the station choice never touches the store (issue 13). */
    @ArchTest
    static final ArchRule theLoginNeverTouchesTheStore = noClasses().that().resideInAPackage("org.podium.ui.station..")
            .should().dependOnClassesThat().resideInAPackage("org.podium.store..");
}
