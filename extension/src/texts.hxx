/*
 * texts.hxx - what the Function Wizard shows: function and argument names
 * and one-line descriptions, in English and Dutch.
 */
#ifndef SRM_CALC_TEXTS_HXX
#define SRM_CALC_TEXTS_HXX

#include <cstddef>

namespace srm_calc {

enum class Language { English, Dutch };

struct ArgumentText {
  const char *name[2];        /* indexed by Language */
  const char *description[2]; /* indexed by Language */
};

struct FunctionText {
  const char *method;         /* the IDL method, the programmatic name */
  const char *display;        /* the name typed in a cell, both languages */
  const char *description[2]; /* indexed by Language */
  std::size_t n_arguments;    /* IDL parameters, hidden document included */
  const ArgumentText *arguments;
};

/* The function whose IDL method is `method` (UTF-8), or nullptr. */
const FunctionText *find_function(const char *method, std::size_t len);

/* The function whose display name is `display`, or nullptr. */
const FunctionText *find_display(const char *display, std::size_t len);

/* The category of every function, and its name per language. */
extern const char *const category_programmatic;
extern const char *const category_display[2];

} // namespace srm_calc

#endif
