package vn.chidao.gateway;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.chidao.testsupport.ArchitectureRules;

@AnalyzeClasses(
    packages = "vn.chidao.gateway",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchRule modelIsPlain = ArchitectureRules.MODEL_IS_PLAIN;

  @ArchTest
  static final ArchRule scheduledRoundsAreDeferred =
      ArchitectureRules.SCHEDULED_ROUNDS_ARE_DEFERRED;
}
