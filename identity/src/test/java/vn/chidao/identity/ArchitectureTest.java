package vn.chidao.identity;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.chidao.testsupport.ArchitectureRules;

@AnalyzeClasses(
    packages = "vn.chidao.identity",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchRule model_is_plain_java = ArchitectureRules.MODEL_IS_PLAIN;

  @ArchTest
  static final ArchRule scheduled_rounds_are_deferred =
      ArchitectureRules.SCHEDULED_ROUNDS_ARE_DEFERRED;
}
