/*
 * addin.cxx - the Sales Roadmap Calc add-in: a UNO component that turns
 * cell arguments into core arguments, calls the core and turns the result
 * or status into a cell value or error.  No formula lives here.
 *
 * Errors (SPEC section 9): an invalid argument throws
 * IllegalArgumentException, which Calc shows as Err:502; a result that is
 * too large or a goal that can no longer be reached returns NaN, which Calc
 * shows as #NUM!.  Nothing else leaves a function: any other failure
 * becomes a RuntimeException (#VALUE!).
 */
#include "texts.hxx"

#include <salesroadmap.h>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/LocalizedName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/sheet/XCompatibilityNames.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/Date.hpp>
#include <cppuhelper/factory.hxx>
#include <cppuhelper/implbase5.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/salesroadmap/calc/XSalesRoadmap.hpp>
#include <rtl/string.hxx>
#include <rtl/ustring.hxx>
#include <uno/lbnames.h>

#include <atomic>
#include <cmath>
#include <cstring>
#include <exception>
#include <limits>
#include <new>
#include <vector>

namespace css = com::sun::star;
using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using rtl::OString;
using rtl::OUString;

namespace {

const char service_name[] = "org.salesroadmap.calc.SalesRoadmap";
const char implementation_name[] = "org.salesroadmap.calc.SalesRoadmapImpl";
const char addin_service_name[] = "com.sun.star.sheet.AddIn";

/* Calc has at most this many rows: a longer column result cannot be shown,
 * so it is reported as too large (#NUM!) instead of being allocated. */
const std::int64_t max_column_rows = 1048576;

OUString from_utf8(const char *text) {
  return OUString(text, static_cast<sal_Int32>(std::strlen(text)),
                  RTL_TEXTENCODING_UTF8);
}

/* ---- results and errors ------------------------------------------------ */

[[noreturn]] void throw_invalid(const srm_error &err) {
  OUString message = from_utf8(srm_arg_name(err.arg)) + ": " +
                     from_utf8(err.message ? err.message : "invalid argument");
  throw css::lang::IllegalArgumentException(
      message, Reference<css::uno::XInterface>(), 0);
}

[[noreturn]] void throw_invalid(const char *message) {
  throw css::lang::IllegalArgumentException(
      from_utf8(message), Reference<css::uno::XInterface>(), 0);
}

double not_a_number() {
  return std::numeric_limits<double>::quiet_NaN();
}

/* Turns a failed status into the cell's error: throws for an invalid
 * argument, returns NaN (#NUM!) for a result out of reach. */
double failure(srm_status status, const srm_error &err) {
  switch (status) {
  case SRM_EINVAL:
    throw_invalid(err);
  case SRM_ERANGE:
  case SRM_EUNREACHABLE:
  case SRM_ENUMERIC:
    return not_a_number();
  case SRM_OK:
  case SRM_ESIZE:
    break;
  }
  throw css::uno::RuntimeException(from_utf8(srm_status_string(status)));
}

double count_or_failure(srm_status status, const srm_error &err,
                        std::int64_t count) {
  if (status != SRM_OK)
    return failure(status, err);
  return static_cast<double>(count);
}

Any column(const std::vector<double> &values) {
  Sequence<Sequence<double>> rows(static_cast<sal_Int32>(values.size()));
  Sequence<double> *row = rows.getArray();
  for (std::size_t i = 0; i < values.size(); ++i) {
    row[i] = Sequence<double>(1);
    row[i].getArray()[0] = values[i];
  }
  return Any(rows);
}

/* Runs one spreadsheet function; only the two UNO exceptions Calc expects
 * may leave it. */
template <class F> auto guarded(F &&body) -> decltype(body()) {
  try {
    return body();
  } catch (const css::lang::IllegalArgumentException &) {
    throw;
  } catch (const css::uno::RuntimeException &) {
    throw;
  } catch (const css::uno::Exception &e) {
    throw css::uno::RuntimeException(e.Message);
  } catch (const std::bad_alloc &) {
    throw css::uno::RuntimeException("out of memory");
  } catch (...) {
    throw css::uno::RuntimeException("internal error");
  }
}

/* ---- argument conversion ----------------------------------------------- */

/* What a single cell value or optional argument holds. */
enum class Kind { Absent, Number, Text, Other };

/* Classifies a scalar: VOID (omitted) and "" (an empty cell) are Absent. */
Kind classify(const Any &value, double *number, OUString *text) {
  switch (value.getValueTypeClass()) {
  case css::uno::TypeClass_VOID:
    return Kind::Absent;
  case css::uno::TypeClass_STRING: {
    OUString s;
    value >>= s;
    if (s.isEmpty())
      return Kind::Absent;
    if (text)
      *text = s;
    return Kind::Text;
  }
  case css::uno::TypeClass_BOOLEAN: {
    bool b = false;
    value >>= b;
    *number = b ? 1.0 : 0.0;
    return Kind::Number;
  }
  case css::uno::TypeClass_BYTE:
  case css::uno::TypeClass_SHORT:
  case css::uno::TypeClass_UNSIGNED_SHORT:
  case css::uno::TypeClass_LONG:
  case css::uno::TypeClass_UNSIGNED_LONG:
  case css::uno::TypeClass_HYPER:
  case css::uno::TypeClass_UNSIGNED_HYPER:
  case css::uno::TypeClass_FLOAT:
  case css::uno::TypeClass_DOUBLE:
    if (value >>= *number)
      return Kind::Number;
    return Kind::Other;
  default:
    return Kind::Other;
  }
}

/* An optional argument given as one value or a one-cell range. */
Kind optional_scalar(const Any &value, double *number, OUString *text) {
  Sequence<Sequence<Any>> range;
  if (value >>= range) {
    const Any *only = nullptr;
    for (const Sequence<Any> &row : range)
      for (const Any &cell : row) {
        if (only)
          return Kind::Other; /* more than one cell */
        only = &cell;
      }
    return only ? classify(*only, number, text) : Kind::Absent;
  }
  return classify(value, number, text);
}

/* Appends the numbers of a list argument: a number, a range or an inline
 * array.  Empty cells are skipped; text is an error (SPEC section 2). */
void append_numbers(const Any &value, std::vector<double> &out,
                    const char *what) {
  Sequence<Sequence<Any>> range;
  Sequence<Sequence<double>> numbers;
  if (value >>= range) {
    for (const Sequence<Any> &row : range)
      for (const Any &cell : row)
        append_numbers(cell, out, what);
    return;
  }
  if (value >>= numbers) {
    for (const Sequence<double> &row : numbers)
      for (double x : row)
        out.push_back(x);
    return;
  }
  double x = 0.0;
  switch (classify(value, &x, nullptr)) {
  case Kind::Absent:
    return;
  case Kind::Number:
    out.push_back(x);
    return;
  case Kind::Text:
  case Kind::Other:
    break;
  }
  throw_invalid(what);
}

std::vector<double> numbers_of(const Sequence<Sequence<Any>> &range,
                               const char *what) {
  std::vector<double> out;
  for (const Sequence<Any> &row : range)
    for (const Any &cell : row)
      append_numbers(cell, out, what);
  return out;
}

/* A whole number from 1 to 2^53 picking one element (stage, index). */
bool optional_position(const Any &value, std::int64_t *position,
                       const char *what) {
  double x = 0.0;
  switch (optional_scalar(value, &x, nullptr)) {
  case Kind::Absent:
    return false;
  case Kind::Number:
    if (!(x >= 1.0 && x <= SRM_MAX_COUNT) || x != std::floor(x))
      throw_invalid(what);
    *position = static_cast<std::int64_t>(x);
    return true;
  case Kind::Text:
  case Kind::Other:
    break;
  }
  throw_invalid(what);
}

/* An optional number (confidence); its range is the core's to check. */
bool optional_number(const Any &value, double *number, const char *what) {
  switch (optional_scalar(value, number, nullptr)) {
  case Kind::Absent:
    return false;
  case Kind::Number:
    return true;
  case Kind::Text:
  case Kind::Other:
    break;
  }
  throw_invalid(what);
}

OString utf8_of(const OUString &text) {
  return rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
}

/* The document's null date as a core day (default 1899-12-30). */
srm_day null_date_of(const Reference<css::beans::XPropertySet> &document) {
  css::util::Date date(30, 12, 1899);
  if (document.is()) {
    try {
      document->getPropertyValue("NullDate") >>= date;
    } catch (const css::uno::Exception &) {
      /* not a spreadsheet document: keep the default */
    }
  }
  srm_error err = SRM_ERROR_INIT;
  srm_day day = 0;
  if (srm_day_from_ymd(date.Year, date.Month, date.Day, &day, &err) != SRM_OK)
    throw_invalid("the document's null date is outside the years 1583-9999");
  return day;
}

srm_day day_of(double serial, srm_day null_date, srm_arg arg) {
  srm_error err = SRM_ERROR_INIT;
  srm_day day = 0;
  if (srm_day_from_serial(serial, null_date, &day, &err) != SRM_OK) {
    err.arg = arg;
    throw_invalid(err);
  }
  return day;
}

/* A working-day calendar from the holidays and weekend arguments.  It
 * points into `days`, which must outlive it. */
srm_calendar calendar_of(const Any &holidays, const Any &weekend,
                         srm_day null_date, std::vector<srm_day> &days) {
  std::vector<double> serials;
  append_numbers(holidays, serials, "holidays must be dates");
  days.clear();
  days.reserve(serials.size());
  for (double serial : serials)
    days.push_back(day_of(serial, null_date, SRM_ARG_HOLIDAYS));

  srm_error err = SRM_ERROR_INIT;
  unsigned mask = SRM_WEEKEND_SAT_SUN;
  double code = 0.0;
  OUString text;
  srm_status status = SRM_OK;
  switch (optional_scalar(weekend, &code, &text)) {
  case Kind::Absent:
    break;
  case Kind::Number:
    status = srm_weekend_from_code(code, &mask, &err);
    break;
  case Kind::Text: {
    OString bytes = utf8_of(text);
    status = srm_weekend_from_string(
        bytes.getStr(), static_cast<size_t>(bytes.getLength()), &mask, &err);
    break;
  }
  case Kind::Other:
    throw_invalid("weekend must be a number or a 7-character string");
  }
  if (status != SRM_OK)
    throw_invalid(err);

  srm_calendar cal = SRM_CALENDAR_INIT;
  if (srm_calendar_init(&cal, mask, days.empty() ? nullptr : days.data(),
                        days.size(), &err) != SRM_OK)
    throw_invalid(err);
  return cal;
}

/* ---- the component ----------------------------------------------------- */

class SalesRoadmap : public cppu::WeakImplHelper5<
                         org::salesroadmap::calc::XSalesRoadmap,
                         css::sheet::XAddIn, css::sheet::XCompatibilityNames,
                         css::lang::XServiceName, css::lang::XServiceInfo> {
public:
  SalesRoadmap() : language_(srm_calc::Language::English) {}

  /* XSalesRoadmap */
  double SAL_CALL salesNeeded(double goal, double dealValue) override {
    return guarded([&] {
      srm_error err = SRM_ERROR_INIT;
      std::int64_t sales = 0;
      srm_status status = srm_sales_needed(goal, dealValue, &sales, &err);
      return count_or_failure(status, err, sales);
    });
  }

  double SAL_CALL leadsNeeded(double goal, double dealValue, double ratio,
                              const Any &confidence) override {
    return guarded([&] {
      srm_error err = SRM_ERROR_INIT;
      std::int64_t leads = 0;
      double c = 0.0;
      srm_status status =
          optional_number(confidence, &c, "confidence must be a number")
              ? srm_leads_needed_at_confidence(goal, dealValue, ratio, c,
                                               &leads, &err)
              : srm_leads_needed(goal, dealValue, ratio, &leads, &err);
      return count_or_failure(status, err, leads);
    });
  }

  Any SAL_CALL funnelNeeded(double goal, double dealValue,
                            const Sequence<Sequence<Any>> &ratios,
                            const Any &stage) override {
    return guarded([&] {
      std::vector<double> r = numbers_of(ratios, "ratios must be numbers");
      std::int64_t pick = 0;
      bool one = optional_position(stage, &pick,
                                   "stage must be a whole "
                                   "number from 1");
      if (one && static_cast<std::uint64_t>(pick) > r.size() + 1)
        throw_invalid("stage is beyond the last stage");

      std::vector<std::int64_t> counts(r.size() + 1);
      srm_error err = SRM_ERROR_INIT;
      srm_status status =
          srm_funnel_needed(goal, dealValue, r.empty() ? nullptr : r.data(),
                            r.size(), counts.data(), &err);
      if (status != SRM_OK)
        return Any(failure(status, err));
      if (one)
        return Any(static_cast<double>(counts[pick - 1]));
      std::vector<double> values(counts.begin(), counts.end());
      return column(values);
    });
  }

  Any SAL_CALL periodTarget(const Reference<css::beans::XPropertySet> &document,
                            double total, double start, double end,
                            const OUString &period, const Any &index,
                            const Any &holidays, const Any &weekend) override {
    return guarded([&] {
      srm_day null_date = null_date_of(document);
      srm_day first = day_of(start, null_date, SRM_ARG_START);
      srm_day last = day_of(end, null_date, SRM_ARG_END);
      srm_error err = SRM_ERROR_INIT;
      srm_period kind = SRM_PERIOD_DAY;
      OString name = utf8_of(period);
      if (srm_period_parse(name.getStr(), static_cast<size_t>(name.getLength()),
                           &kind, &err) != SRM_OK)
        throw_invalid(err);
      std::int64_t pick = 0;
      bool one = optional_position(index, &pick,
                                   "index must be a whole "
                                   "number from 1");
      std::vector<srm_day> days;
      srm_calendar cal = calendar_of(holidays, weekend, null_date, days);

      if (one) {
        srm_period_target target;
        srm_status status = srm_period_target_at(total, first, last, kind, pick,
                                                 &cal, &target, &err);
        return Any(count_or_failure(status, err, target.target));
      }
      std::int64_t count = 0;
      if (srm_period_count(first, last, kind, &count, &err) != SRM_OK)
        throw_invalid(err);
      if (count > max_column_rows)
        return Any(not_a_number());
      std::vector<srm_period_target> targets(static_cast<size_t>(count));
      size_t n = 0;
      srm_status status =
          srm_period_targets(total, first, last, kind, &cal, targets.data(),
                             targets.size(), &n, &err);
      if (status != SRM_OK)
        return Any(failure(status, err));
      std::vector<double> values;
      values.reserve(n);
      for (size_t i = 0; i < n; ++i)
        values.push_back(static_cast<double>(targets[i].target));
      return column(values);
    });
  }

  double SAL_CALL
  paceTarget(const Reference<css::beans::XPropertySet> &document, double total,
             double done, double today, double end, const Any &holidays,
             const Any &weekend) override {
    return guarded([&] {
      srm_day null_date = null_date_of(document);
      srm_day first = day_of(today, null_date, SRM_ARG_TODAY);
      srm_day last = day_of(end, null_date, SRM_ARG_END);
      std::vector<srm_day> days;
      srm_calendar cal = calendar_of(holidays, weekend, null_date, days);
      srm_error err = SRM_ERROR_INIT;
      std::int64_t per_day = 0;
      srm_status status =
          srm_pace(total, done, first, last, &cal, &per_day, &err);
      return count_or_failure(status, err, per_day);
    });
  }

  double SAL_CALL leadsPerSale(const Sequence<Sequence<Any>> &leads,
                               const Sequence<Sequence<Any>> &sales,
                               const Any &confidence) override {
    return guarded([&] {
      std::vector<double> l = numbers_of(leads, "leads must be numbers");
      std::vector<double> s = numbers_of(sales, "sales must be numbers");
      double c = 0.0;
      bool with = optional_number(confidence, &c,
                                  "confidence must be a "
                                  "number");
      srm_error err = SRM_ERROR_INIT;
      double out = 0.0;
      const double *lp = l.empty() ? nullptr : l.data();
      const double *sp = s.empty() ? nullptr : s.data();
      srm_status status =
          with ? srm_leads_per_sale_at_confidence(lp, l.size(), sp, s.size(), c,
                                                  &out, &err)
               : srm_leads_per_sale(lp, l.size(), sp, s.size(), &out, &err);
      if (status != SRM_OK)
        return failure(status, err);
      return out;
    });
  }

  /* XAddIn */
  OUString SAL_CALL getProgrammaticFuntionName(const OUString &name) override {
    OString bytes = utf8_of(name);
    const srm_calc::FunctionText *f = srm_calc::find_display(
        bytes.getStr(), static_cast<std::size_t>(bytes.getLength()));
    return f ? from_utf8(f->method) : OUString();
  }

  OUString SAL_CALL getDisplayFunctionName(const OUString &method) override {
    const srm_calc::FunctionText *f = function(method);
    return f ? from_utf8(f->display) : OUString();
  }

  OUString SAL_CALL getFunctionDescription(const OUString &method) override {
    const srm_calc::FunctionText *f = function(method);
    return f ? from_utf8(f->description[lang()]) : OUString();
  }

  OUString SAL_CALL getDisplayArgumentName(const OUString &method,
                                           sal_Int32 position) override {
    const srm_calc::ArgumentText *a = argument(method, position);
    return a ? from_utf8(a->name[lang()]) : OUString();
  }

  OUString SAL_CALL getArgumentDescription(const OUString &method,
                                           sal_Int32 position) override {
    const srm_calc::ArgumentText *a = argument(method, position);
    return a ? from_utf8(a->description[lang()]) : OUString();
  }

  OUString SAL_CALL getProgrammaticCategoryName(const OUString &) override {
    return from_utf8(srm_calc::category_programmatic);
  }

  OUString SAL_CALL getDisplayCategoryName(const OUString &) override {
    return from_utf8(srm_calc::category_display[lang()]);
  }

  /* XLocalizable (through XAddIn) */
  void SAL_CALL setLocale(const css::lang::Locale &locale) override {
    locale_ = locale;
    language_ = locale.Language == "nl" ? srm_calc::Language::Dutch
                                        : srm_calc::Language::English;
  }

  css::lang::Locale SAL_CALL getLocale() override {
    return locale_;
  }

  /* XCompatibilityNames: the English name, also used by .xls export. */
  Sequence<css::sheet::LocalizedName>
      SAL_CALL getCompatibilityNames(const OUString &method) override {
    const srm_calc::FunctionText *f = function(method);
    if (!f)
      return Sequence<css::sheet::LocalizedName>();
    Sequence<css::sheet::LocalizedName> names(1);
    names.getArray()[0] = css::sheet::LocalizedName(
        css::lang::Locale("en", "US", OUString()), from_utf8(f->display));
    return names;
  }

  /* XServiceName */
  OUString SAL_CALL getServiceName() override {
    return service_name;
  }

  /* XServiceInfo */
  OUString SAL_CALL getImplementationName() override {
    return implementation_name;
  }

  sal_Bool SAL_CALL supportsService(const OUString &name) override {
    return cppu::supportsService(this, name);
  }

  Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
    return services();
  }

  static Sequence<OUString> services() {
    Sequence<OUString> names(2);
    names.getArray()[0] = service_name;
    names.getArray()[1] = addin_service_name;
    return names;
  }

private:
  int lang() const {
    return language_.load() == srm_calc::Language::Dutch ? 1 : 0;
  }

  static const srm_calc::FunctionText *function(const OUString &method) {
    OString bytes = utf8_of(method);
    return srm_calc::find_function(bytes.getStr(),
                                   static_cast<std::size_t>(bytes.getLength()));
  }

  static const srm_calc::ArgumentText *argument(const OUString &method,
                                                sal_Int32 position) {
    const srm_calc::FunctionText *f = function(method);
    if (!f || position < 0 ||
        static_cast<std::size_t>(position) >= f->n_arguments)
      return nullptr;
    return &f->arguments[position];
  }

  css::lang::Locale locale_;
  std::atomic<srm_calc::Language> language_;
};

/* ---- registration ------------------------------------------------------ */

Reference<css::uno::XInterface>
    SAL_CALL create(const Reference<css::uno::XComponentContext> &) {
  return static_cast<cppu::OWeakObject *>(new SalesRoadmap);
}

OUString SAL_CALL implementation() {
  return implementation_name;
}

Sequence<OUString> SAL_CALL supported_services() {
  return SalesRoadmap::services();
}

const cppu::ImplementationEntry entries[] = {
    {create, implementation, supported_services,
     cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0}};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void *SAL_CALL component_getFactory(
    const char *name, void *service_manager, void *registry_key) {
  return cppu::component_getFactoryHelper(name, service_manager, registry_key,
                                          entries);
}

extern "C" SAL_DLLPUBLIC_EXPORT void SAL_CALL
component_getImplementationEnvironment(const char **env_type_name,
                                       uno_Environment **) {
  *env_type_name = CPPU_CURRENT_LANGUAGE_BINDING_NAME;
}
