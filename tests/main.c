/* main.c: run every test group as one cmocka group (one summary line). */
#include "kgb_test.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  const struct CMUnitTest *tests;
  const size_t *count;
} Group;

int main(int argc, char **argv) {
  const Group groups[] = {
      {kgb_tests_util, &kgb_tests_util_count},
      {kgb_tests_input, &kgb_tests_input_count},
      {kgb_tests_extractor, &kgb_tests_extractor_count},
      {kgb_tests_sentences_prod, &kgb_tests_sentences_prod_count},
      {kgb_tests_sentences_places, &kgb_tests_sentences_places_count},
      {kgb_tests_sentences_xloc5, &kgb_tests_sentences_xloc5_count},
      {kgb_tests_sentences_xloc5b, &kgb_tests_sentences_xloc5b_count},
      {kgb_tests_sentences_xplace5, &kgb_tests_sentences_xplace5_count},
      {kgb_tests_sentences_xplace5b, &kgb_tests_sentences_xplace5b_count},
      {kgb_tests_sentences_xplace6, &kgb_tests_sentences_xplace6_count},
      {kgb_tests_sentences_title, &kgb_tests_sentences_title_count},
      {kgb_tests_sentences_xstory5, &kgb_tests_sentences_xstory5_count},
      {kgb_tests_sentences_xstory5_more,
       &kgb_tests_sentences_xstory5_more_count},
      {kgb_tests_sentences_xenc5, &kgb_tests_sentences_xenc5_count},
      {kgb_tests_sentences_xenc5b, &kgb_tests_sentences_xenc5b_count},
      {kgb_tests_sentences_xstory6, &kgb_tests_sentences_xstory6_count},
      {kgb_tests_sentences_xcast6, &kgb_tests_sentences_xcast6_count},
      {kgb_tests_sentences_xwork7, &kgb_tests_sentences_xwork7_count},
      {kgb_tests_sentences_xplace7, &kgb_tests_sentences_xplace7_count},
      {kgb_tests_sentences_xcrew7, &kgb_tests_sentences_xcrew7_count},
      {kgb_tests_sentences_xcrew8, &kgb_tests_sentences_xcrew8_count},
      {kgb_tests_sentences_xcrew9, &kgb_tests_sentences_xcrew9_count},
      {kgb_tests_sentences_xstory10, &kgb_tests_sentences_xstory10_count},
      {kgb_tests_sentences_xstory11, &kgb_tests_sentences_xstory11_count},
      {kgb_tests_sentences_xstory12, &kgb_tests_sentences_xstory12_count},
      {kgb_tests_sentences_xstory13, &kgb_tests_sentences_xstory13_count},
      {kgb_tests_sentences_xstory13b, &kgb_tests_sentences_xstory13b_count},
      {kgb_tests_sentences_xstory14, &kgb_tests_sentences_xstory14_count},
      {kgb_tests_sentences_xstory15, &kgb_tests_sentences_xstory15_count},
      {kgb_tests_sentences_xcrew10, &kgb_tests_sentences_xcrew10_count},
      {kgb_tests_sentences_xtitle11, &kgb_tests_sentences_xtitle11_count},
      {kgb_tests_sentences_xtitle12, &kgb_tests_sentences_xtitle12_count},
      {kgb_tests_sentences_xtitle12b, &kgb_tests_sentences_xtitle12b_count},
      {kgb_tests_sentences_xcrew13, &kgb_tests_sentences_xcrew13_count},
      {kgb_tests_sentences_xcrew14, &kgb_tests_sentences_xcrew14_count},
      {kgb_tests_sentences_xcrew15, &kgb_tests_sentences_xcrew15_count},
      {kgb_tests_sentences_xplace13, &kgb_tests_sentences_xplace13_count},
      {kgb_tests_sentences_xplace14, &kgb_tests_sentences_xplace14_count},
      {kgb_tests_sentences_xplace15, &kgb_tests_sentences_xplace15_count},
      {kgb_tests_sentences_xtitle13, &kgb_tests_sentences_xtitle13_count},
      {kgb_tests_sentences_xnames13b, &kgb_tests_sentences_xnames13b_count},
      {kgb_tests_sentences_xtitle13b, &kgb_tests_sentences_xtitle13b_count},
      {kgb_tests_sentences_xtitle14, &kgb_tests_sentences_xtitle14_count},
      {kgb_tests_sentences_xtitle14b, &kgb_tests_sentences_xtitle14b_count},
      {kgb_tests_sentences_xcrew11, &kgb_tests_sentences_xcrew11_count},
      {kgb_tests_sentences_xcrew12, &kgb_tests_sentences_xcrew12_count},
      {kgb_tests_sentences_titles9, &kgb_tests_sentences_titles9_count},
      {kgb_tests_sentences_fixes13, &kgb_tests_sentences_fixes13_count},
      {kgb_tests_sentences_fixes14, &kgb_tests_sentences_fixes14_count},
      {kgb_tests_sentences_xstory7, &kgb_tests_sentences_xstory7_count},
      {kgb_tests_sentences_xcast7, &kgb_tests_sentences_xcast7_count},
      {kgb_tests_sentences_xplace8, &kgb_tests_sentences_xplace8_count},
      {kgb_tests_sentences_xstory8, &kgb_tests_sentences_xstory8_count},
      {kgb_tests_sentences_xplace9, &kgb_tests_sentences_xplace9_count},
      {kgb_tests_sentences_xplace10, &kgb_tests_sentences_xplace10_count},
      {kgb_tests_sentences_xcast9, &kgb_tests_sentences_xcast9_count},
      {kgb_tests_sentences_xcast10, &kgb_tests_sentences_xcast10_count},
      {kgb_tests_sentences_xplace11, &kgb_tests_sentences_xplace11_count},
      {kgb_tests_sentences_xplace12, &kgb_tests_sentences_xplace12_count},
      {kgb_tests_sentences_xplace12b, &kgb_tests_sentences_xplace12b_count},
      {kgb_tests_graph, &kgb_tests_graph_count},
      {kgb_tests_export, &kgb_tests_export_count},
      {kgb_tests_eval, &kgb_tests_eval_count},
      {kgb_tests_cli, &kgb_tests_cli_count},
      {kgb_tests_analysis, &kgb_tests_analysis_count},
      {kgb_tests_story, &kgb_tests_story_count},
      {kgb_tests_db, &kgb_tests_db_count},
      {kgb_tests_speed, &kgb_tests_speed_count},
  };
  size_t total = 0;
  for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++) {
    total += *groups[i].count;
  }
  struct CMUnitTest *all = calloc(total, sizeof *all);
  if (!all) {
    return 1;
  }
  size_t n = 0;
  for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++) {
    for (size_t k = 0; k < *groups[i].count; k++) {
      /* optional filter: kgb_test SUBSTRING runs only matching tests */
      if (argc > 1 && !strstr(groups[i].tests[k].name, argv[1])) {
        continue;
      }
      all[n++] = groups[i].tests[k];
    }
  }
  int failed = _cmocka_run_group_tests("kgb", all, n, NULL, NULL);
  free(all);
  kgb_test_rules_free();
  return failed ? 1 : 0;
}
