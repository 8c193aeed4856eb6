package vn.chidao.identity.orgimport.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import vn.chidao.identity.org.application.ApplyingChanges;
import vn.chidao.identity.org.application.HistoryStore;
import vn.chidao.identity.org.model.ChangeSet;
import vn.chidao.identity.org.model.UnitVersion;
import vn.chidao.identity.orgimport.model.ImportOutcome;
import vn.chidao.identity.orgimport.model.ImportProblem;
import vn.chidao.identity.orgimport.model.ImportScope;
import vn.chidao.identity.orgimport.model.TreeImport;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoRoles;
import vn.chidao.platform.security.ChidaoUser;

/**
 * Imports a file of units (issue 3, bulk import): checks the whole file against the tree, and only
 * if not a line is wrong, applies it as one change set (ADR 0004: staged invisibly, made visible by
 * one flip, so a file is applied completely or not at all). The apply runs in the background as a
 * job whose progress any instance can report.
 */
@Service
public class ImportingDirectory {

  private static final Logger log = LoggerFactory.getLogger(ImportingDirectory.class);

  private final HistoryStore history;
  private final ApplyingChanges applying;
  private final ImportJobStore jobs;
  private final Clock clock;

  public ImportingDirectory(
      HistoryStore history, ApplyingChanges applying, ImportJobStore jobs, Clock clock) {
    this.history = history;
    this.applying = applying;
    this.jobs = jobs;
    this.clock = clock;
  }

  /**
   * Who may import what: the centre any part of the nation, a province admin their own province.
   *
   * @param province the province asked for; null means the caller's own (or, for the centre, the
   *     whole nation)
   * @return the scope the import is checked against
   */
  public ImportScope scopeFor(ChidaoUser caller, String province) {
    if (caller.isCentral()) {
      return new ImportScope(blankToNull(province), true);
    }
    if (!caller.hasRole(ChidaoRoles.PROVINCE_ADMIN) || caller.province() == null) {
      throw ProblemException.forbidden(
          "org-import-admin-required",
          "Chỉ quản trị viên Trung ương hoặc quản trị viên tỉnh mới được nhập cây tổ chức.");
    }
    String asked = blankToNull(province);
    if (asked != null && !asked.equals(caller.province())) {
      throw ProblemException.forbidden(
          "outside-your-province", "Bạn chỉ được nhập cây tổ chức của tỉnh mình.");
    }
    return new ImportScope(caller.province(), false);
  }

  /**
   * Checks the file and, if it is sound, starts applying it.
   *
   * @return the job (already DONE when the tree is as the file says); an {@code import-invalid}
   *     problem listing every bad line otherwise
   */
  public Mono<ImportJob> start(
      ChidaoUser caller, ImportScope scope, ImportFile file, LocalDate day) {
    if (!file.complete()) {
      return Mono.error(ImportRefused.of(sorted(file.problems())));
    }
    String changeSetId = UUID.randomUUID().toString();
    return load(scope, file)
        .publishOn(Schedulers.boundedElastic()) // a national file takes seconds of CPU to check
        .map(
            loaded ->
                TreeImport.plan(
                    file.rows(), scope, loaded.scopeCurrent(), loaded.known(), day, changeSetId))
        .flatMap(
            outcome -> {
              List<ImportProblem> problems = new ArrayList<>(file.problems());
              problems.addAll(outcome.problems());
              if (!problems.isEmpty()) {
                return Mono.error(ImportRefused.of(sorted(problems)));
              }
              return begin(caller, scope, file, outcome);
            });
  }

  /** The job as it stands; a caller who could not have started it gets the same 404 as a typo. */
  public Mono<ImportJob> job(ChidaoUser caller, String id) {
    return jobs.find(id)
        .filter(
            job ->
                caller.isCentral()
                    || (job.province() != null
                        && caller.hasRole(ChidaoRoles.PROVINCE_ADMIN)
                        && job.province().equals(caller.province())))
        .switchIfEmpty(
            Mono.error(
                () ->
                    ProblemException.notFound(
                        "import-not-found", "Không tìm thấy lần nhập \"" + id + "\".")))
        .flatMap(this::settled);
  }

  /**
   * A job left RUNNING by an instance that stopped: its change set was finished (or abandoned) by
   * recovery, which is what the job reports.
   */
  private Mono<ImportJob> settled(ImportJob job) {
    if (job.state() != ImportJob.State.RUNNING || job.changeSetId() == null) {
      return Mono.just(job);
    }
    return history
        .status(job.changeSetId())
        .map(
            status ->
                switch (status) {
                  case APPLIED, PUBLISHED ->
                      job.finished(ImportJob.State.DONE, null, job.startedAt());
                  case ABANDONED ->
                      job.finished(
                          ImportJob.State.FAILED,
                          "Một thay đổi khác trên cùng đơn vị đã được thực hiện trước; chưa đơn vị"
                              + " nào được nhập. Hãy nhập lại.",
                          job.startedAt());
                  case PENDING -> job;
                })
        .defaultIfEmpty(job);
  }

  private Mono<ImportJob> begin(
      ChidaoUser caller, ImportScope scope, ImportFile file, ImportOutcome outcome) {
    ChangeSet changeSet = outcome.changeSet();
    ImportJob job =
        new ImportJob(
            UUID.randomUUID().toString(),
            scope.province(),
            file.format().name(),
            caller.username(),
            changeSet == null ? ImportJob.State.DONE : ImportJob.State.RUNNING,
            changeSet == null ? 0 : changeSet.size(),
            0,
            outcome.created(),
            outcome.changed(),
            outcome.unchanged(),
            changeSet == null ? null : changeSet.id(),
            null,
            clock.instant(),
            changeSet == null ? clock.instant() : null);
    return jobs.create(job).doOnSuccess(created -> run(created, changeSet, caller.username()));
  }

  /** Applies in the background: the request answers at once with the job to poll. */
  private void run(ImportJob job, ChangeSet changeSet, String requestedBy) {
    if (changeSet == null) {
      return;
    }
    applying
        .apply(
            changeSet,
            requestedBy,
            written -> jobs.progress(job.id(), written).subscribe(done -> {}, error -> {}))
        .then(jobs.finish(job.id(), ImportJob.State.DONE, null, clock.instant()))
        .onErrorResume(
            ProblemException.class,
            refused ->
                jobs.finish(
                    job.id(),
                    ImportJob.State.FAILED,
                    refused.getBody().getDetail(),
                    clock.instant()))
        .subscribe(
            done -> {},
            error ->
                // Left RUNNING: the change set is recorded, recovery finishes it and the job
                // reports DONE from then on (see settled).
                log.warn(
                    "Import {} interrupted, recovery will finish it: {}",
                    job.id(),
                    error.toString()));
  }

  private Mono<Loaded> load(ImportScope scope, ImportFile file) {
    Mono<List<UnitVersion>> scopeCurrent =
        scope.province() == null
            ? history.currentSubtree("/", null, null, 0, 0).collectList()
            : history
                .latestVersions(List.of(scope.province()))
                .filter(UnitVersion::isOpen)
                .next()
                .flatMap(
                    root -> history.currentSubtree(root.path(), null, null, 0, 0).collectList())
                .defaultIfEmpty(List.of());
    return scopeCurrent.flatMap(
        current -> {
          Set<String> inScope = new HashSet<>();
          current.forEach(version -> inScope.add(version.unitId()));
          Set<String> wanted = new HashSet<>();
          file.rows()
              .forEach(
                  row -> {
                    wanted.add(row.code());
                    if (row.parentCode() != null && !row.parentCode().isBlank()) {
                      wanted.add(row.parentCode());
                    }
                  });
          current.forEach(
              version -> {
                if (version.parentId() != null) {
                  wanted.add(version.parentId());
                }
              });
          wanted.removeAll(inScope);
          wanted.remove(null);
          wanted.remove("");
          return history
              .latestVersions(wanted)
              .collectList()
              .map(known -> new Loaded(current, known));
        });
  }

  private static List<ImportProblem> sorted(List<ImportProblem> problems) {
    return problems.stream().sorted().toList();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private record Loaded(List<UnitVersion> scopeCurrent, List<UnitVersion> known) {}
}
