/*
 * texts.cxx - Function Wizard texts in English and Dutch.
 *
 * Argument tables follow the IDL parameters one to one, so the hidden
 * document parameter of PERIODTARGET and PACETARGET has an entry too (Calc
 * asks by parameter position and never shows that one).
 */
#include "texts.hxx"

#include <cstring>

namespace srm_calc {

namespace {

#define EN_NL(en, nl)                                                          \
  { en, nl }

const ArgumentText document_arg = {
    EN_NL("document", "document"),
    EN_NL("The spreadsheet document.", "Het rekenbladdocument.")};

const ArgumentText goal_arg = {
    EN_NL("goal", "doel"), EN_NL("Revenue goal of the plan period, 0 or more.",
                                 "Omzetdoel van de planperiode, 0 of meer.")};

const ArgumentText deal_value_arg = {
    EN_NL("deal_value", "dealwaarde"),
    EN_NL("Average value of one sale, more than 0.",
          "Gemiddelde waarde van een verkoop, meer dan 0.")};

const ArgumentText leads_per_sale_arg = {
    EN_NL("leads_per_sale", "leads_per_verkoop"),
    EN_NL("Leads worked per sale won, 1 or more (a 20% conversion rate is 5).",
          "Leads per gewonnen verkoop, 1 of meer (20% conversie is 5).")};

const ArgumentText confidence_arg = {
    EN_NL("confidence", "betrouwbaarheid"),
    EN_NL("Optional. Probability of reaching the goal, between 0 and 1 "
          "(e.g. 0.9).",
          "Optioneel. Kans om het doel te halen, tussen 0 en 1 (bv. 0,9).")};

const ArgumentText ratios_arg = {
    EN_NL("ratios", "verhoudingen"),
    EN_NL("Inputs per output of every funnel stage, top stage first, each 1 "
          "or more.",
          "Invoer per uitvoer van elke trechterfase, bovenste fase eerst, "
          "elk 1 of meer.")};

const ArgumentText stage_arg = {
    EN_NL("stage", "fase"),
    EN_NL("Optional. Stage to return (1 = top, last = sales); omitted: all "
          "stages as a column.",
          "Optioneel. Fase om te geven (1 = boven, laatste = verkopen); "
          "weggelaten: alle fasen als kolom.")};

const ArgumentText total_arg = {
    EN_NL("total", "totaal"),
    EN_NL("Total to spread over the working days, 0 or more.",
          "Totaal om over de werkdagen te verdelen, 0 of meer.")};

const ArgumentText pace_total_arg = {
    EN_NL("total", "totaal"),
    EN_NL("Total to reach by the end date, 0 or more.",
          "Totaal te bereiken op de einddatum, 0 of meer.")};

const ArgumentText start_arg = {
    EN_NL("start", "begin"),
    EN_NL("First day of the plan.", "Eerste dag van het plan.")};

const ArgumentText end_arg = {EN_NL("end", "einde"),
                              EN_NL("Last day of the plan, included.",
                                    "Laatste dag van het plan, inbegrepen.")};

const ArgumentText period_arg = {
    EN_NL("period", "periode"),
    EN_NL("\"day\", \"week\", \"month\", \"quarter\" or \"year\".",
          "\"dag\", \"week\", \"maand\", \"kwartaal\" of \"jaar\".")};

const ArgumentText index_arg = {
    EN_NL("index", "nummer"),
    EN_NL("Optional. Period to return, 1 = the one containing start; "
          "omitted: all periods as a column.",
          "Optioneel. Periode om te geven, 1 = die met het begin; "
          "weggelaten: alle perioden als kolom.")};

const ArgumentText holidays_arg = {
    EN_NL("holidays", "feestdagen"),
    EN_NL("Optional. Dates that are not working days; empty cells are "
          "ignored.",
          "Optioneel. Datums die geen werkdag zijn; lege cellen tellen "
          "niet mee.")};

const ArgumentText weekend_arg = {
    EN_NL("weekend", "weekend"),
    EN_NL("Optional. Weekend number as in NETWORKDAYS.INTL (1 = Saturday "
          "and Sunday) or a string like \"0000011\".",
          "Optioneel. Weekendnummer als in NETWERKDAGEN.INTL (1 = "
          "zaterdag en zondag) of een tekst als \"0000011\".")};

const ArgumentText done_arg = {
    EN_NL("done", "gedaan"),
    EN_NL("Amount done so far, 0 or more.", "Tot nu toe gedaan, 0 of meer.")};

const ArgumentText today_arg = {
    EN_NL("today", "vandaag"),
    EN_NL("The day pacing starts from, included.",
          "De dag vanaf wanneer het tempo telt, inbegrepen.")};

const ArgumentText leads_arg = {
    EN_NL("leads", "leads"),
    EN_NL("Leads of past periods: a number or a range; empty cells are "
          "ignored.",
          "Leads van eerdere perioden: een getal of een bereik; lege cellen "
          "tellen niet mee.")};

const ArgumentText sales_arg = {
    EN_NL("sales", "verkopen"),
    EN_NL("Sales of the same periods: a number or a range; empty cells are "
          "ignored.",
          "Verkopen van dezelfde perioden: een getal of een bereik; lege "
          "cellen tellen niet mee.")};

const ArgumentText history_confidence_arg = {
    EN_NL("confidence", "betrouwbaarheid"),
    EN_NL("Optional. Between 0 and 1: a conservative estimate that holds "
          "with this probability.",
          "Optioneel. Tussen 0 en 1: een voorzichtige schatting die met deze "
          "kans klopt.")};

const ArgumentText sales_needed_args[] = {goal_arg, deal_value_arg};
const ArgumentText leads_needed_args[] = {goal_arg, deal_value_arg,
                                          leads_per_sale_arg, confidence_arg};
const ArgumentText funnel_needed_args[] = {goal_arg, deal_value_arg, ratios_arg,
                                           stage_arg};
const ArgumentText period_target_args[] = {document_arg, total_arg,  start_arg,
                                           end_arg,      period_arg, index_arg,
                                           holidays_arg, weekend_arg};
const ArgumentText pace_target_args[] = {
    document_arg, pace_total_arg, done_arg,   today_arg,
    end_arg,      holidays_arg,   weekend_arg};
const ArgumentText leads_per_sale_args[] = {leads_arg, sales_arg,
                                            history_confidence_arg};

#define ARGS(a) sizeof(a) / sizeof((a)[0]), a

const FunctionText functions[] = {
    {"salesNeeded", "SALESNEEDED",
     EN_NL("Sales needed to reach a revenue goal.",
           "Aantal verkopen nodig om een omzetdoel te halen."),
     ARGS(sales_needed_args)},
    {"leadsNeeded", "LEADSNEEDED",
     EN_NL("Leads needed to reach a revenue goal, on average or with a "
           "given confidence.",
           "Aantal leads nodig om een omzetdoel te halen, gemiddeld of met "
           "een gegeven betrouwbaarheid."),
     ARGS(leads_needed_args)},
    {"funnelNeeded", "FUNNELNEEDED",
     EN_NL("Counts needed at every stage of a sales funnel, top stage "
           "first, sales last.",
           "Aantallen nodig in elke fase van een verkooptrechter, bovenste "
           "fase eerst, verkopen laatst."),
     ARGS(funnel_needed_args)},
    {"periodTarget", "PERIODTARGET",
     EN_NL("Target of a day, week, month, quarter or year: a total spread "
           "over the working days so that the targets add up.",
           "Doel van een dag, week, maand, kwartaal of jaar: een totaal "
           "verdeeld over de werkdagen zodat de doelen optellen."),
     ARGS(period_target_args)},
    {"paceTarget", "PACETARGET",
     EN_NL("Amount needed per remaining working day to reach a total by the "
           "end date.",
           "Aantal nodig per resterende werkdag om een totaal op de "
           "einddatum te halen."),
     ARGS(pace_target_args)},
    {"leadsPerSale", "LEADSPERSALE",
     EN_NL("Leads per sale learned from past periods.",
           "Leads per verkoop geleerd uit eerdere perioden."),
     ARGS(leads_per_sale_args)},
};

bool same(const char *a, const char *b, std::size_t len) {
  return std::strlen(a) == len && std::memcmp(a, b, len) == 0;
}

} // namespace

const char *const category_programmatic = "Add-In";
const char *const category_display[2] = EN_NL("Add-in", "Invoegtoepassing");

const FunctionText *find_function(const char *method, std::size_t len) {
  for (const FunctionText &f : functions)
    if (same(f.method, method, len))
      return &f;
  return nullptr;
}

const FunctionText *find_display(const char *display, std::size_t len) {
  for (const FunctionText &f : functions)
    if (same(f.display, display, len))
      return &f;
  return nullptr;
}

} // namespace srm_calc
