package vn.chidao.reporting.submission;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import vn.chidao.platform.problem.ProblemException;
import vn.chidao.platform.security.ChidaoUser;
import vn.chidao.platform.security.CurrentUser;
import vn.chidao.reporting.obligation.ObligationDocument;
import vn.chidao.reporting.obligation.ObligationStore;
import vn.chidao.reporting.obligation.RequirementTemplates;

/**
 * Reports of the caller's unit, and those sent to it for review. Who the caller is (unit, unit
 * path, province, roles) comes from the token only.
 */
@RestController
@RequestMapping("/api/reports")
class ObligationController {

  private final ObligationStore obligations;
  private final SubmittingReports submitting;
  private final RequirementTemplates templates;
  private final ReactiveMongoTemplate mongo;
  private final AttachedFiles files;
  private final Clock clock;

  ObligationController(
      ObligationStore obligations,
      SubmittingReports submitting,
      RequirementTemplates templates,
      ReactiveMongoTemplate mongo,
      AttachedFiles files,
      Clock clock) {
    this.obligations = obligations;
    this.submitting = submitting;
    this.templates = templates;
    this.mongo = mongo;
    this.files = files;
    this.clock = clock;
  }

  /** The caller's unit's obligations, soonest due first. */
  @GetMapping("/obligations")
  Mono<Requests.Page<ObligationView>> mine(
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "Số trang không được âm")
          int page,
      @RequestParam(defaultValue = "20")
          @Min(value = 1, message = "Kích thước trang phải từ 1 đến 100")
          @Max(value = 100, message = "Kích thước trang phải từ 1 đến 100")
          int size) {
    return withUnit()
        .flatMap(
            user ->
                page(
                    where("tenant").is(user.province()).and("unitId").is(user.unitId()),
                    page,
                    size));
  }

  /** Reports submitted to the caller's unit (or through it) that wait for review. */
  @GetMapping("/review")
  Mono<Requests.Page<ObligationView>> toReview(
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "Số trang không được âm")
          int page,
      @RequestParam(defaultValue = "20")
          @Min(value = 1, message = "Kích thước trang phải từ 1 đến 100")
          @Max(value = 100, message = "Kích thước trang phải từ 1 đến 100")
          int size) {
    return withUnit()
        .flatMap(
            user ->
                page(
                    new Criteria()
                        .orOperator(
                            where("reportToUnitId").is(user.unitId()),
                            where("viaUnitId").is(user.unitId()))
                        .and("state")
                        .is("SUBMITTED"),
                    page,
                    size));
  }

  @GetMapping("/obligations/{id}")
  Mono<ObligationView> one(@PathVariable String id) {
    return withUnit()
        .flatMap(
            user ->
                obligations
                    .find(id)
                    .switchIfEmpty(Mono.error(Access::notFound))
                    .doOnNext(o -> Access.mayView(user, o)))
        .flatMap(this::withTemplate);
  }

  @GetMapping("/obligations/{id}/versions")
  Flux<VersionView> versions(@PathVariable String id) {
    return withUnit()
        .flatMap(
            user ->
                obligations
                    .find(id)
                    .switchIfEmpty(Mono.error(Access::notFound))
                    .doOnNext(o -> Access.mayView(user, o)))
        .flatMapMany(
            o ->
                mongo.find(
                    Query.query(
                            where("obligationId").is(o.id()).and("version").lte(o.submissions()))
                        .with(Sort.by("version")),
                    ReportVersionDocument.class))
        .map(VersionView::of);
  }

  @PutMapping("/obligations/{id}/draft")
  Mono<ObligationView> saveDraft(
      @PathVariable String id, @Valid @RequestBody Requests.ReportBody body) {
    return withUnit()
        .flatMap(user -> submitting.saveDraft(user, id, body.sections(), body.values()))
        .flatMap(this::withTemplate);
  }

  /** Submits the body's content, or the saved draft when the body is empty. */
  @PostMapping("/obligations/{id}/submit")
  Mono<ObligationView> submit(
      @PathVariable String id, @Valid @RequestBody(required = false) Requests.ReportBody body) {
    return withUnit()
        .flatMap(
            user ->
                body == null
                    ? submitting.submit(user, id, null, null)
                    : submitting.submit(user, id, body.sections(), body.values()))
        .flatMap(this::withTemplate);
  }

  @PostMapping("/obligations/{id}/return")
  Mono<ObligationView> returnReport(
      @PathVariable String id, @Valid @RequestBody Requests.ReturnBody body) {
    return withUnit()
        .flatMap(user -> submitting.returnReport(user, id, body.comment()))
        .flatMap(this::withTemplate);
  }

  @PostMapping("/obligations/{id}/accept")
  Mono<ObligationView> accept(@PathVariable String id) {
    return withUnit().flatMap(user -> submitting.accept(user, id)).flatMap(this::withTemplate);
  }

  private Mono<Requests.Page<ObligationView>> page(Criteria criteria, int page, int size) {
    Query all = Query.query(criteria);
    Query onePage =
        Query.of(all).with(Sort.by("dueAt", "_id")).skip((long) page * size).limit(size);
    return Mono.zip(
            obligations
                .find(onePage)
                .map(o -> ObligationView.of(o, clock.instant(), null))
                .collectList(),
            obligations.count(all))
        .map(found -> new Requests.Page<>(found.getT1(), page, size, found.getT2()));
  }

  private Mono<ObligationView> withTemplate(ObligationDocument o) {
    return templates
        .of(o)
        .map(requirement -> ObligationView.of(o, clock.instant(), requirement))
        .defaultIfEmpty(ObligationView.of(o, clock.instant(), null))
        .zipWith(files.of(o), ObligationView::withAttachments);
  }

  static Mono<ChidaoUser> withUnit() {
    return CurrentUser.get()
        .flatMap(
            user ->
                user.unitId() != null && user.province() != null
                    ? Mono.just(user)
                    : Mono.error(
                        ProblemException.forbidden(
                            "no-unit",
                            "Tài khoản của bạn chưa được gán vào đơn vị nào nên không có nghĩa vụ"
                                + " báo cáo.")));
  }
}
