/* check_mapper.c: row labels to concepts, with statement and headings. */
#include "mapper.h"
#include "suites.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static xc_taxonomy *tax;

static void free_tax(void)
{
    xc_taxonomy_free(tax);
    tax = NULL;
}

const struct xc_taxonomy *test_taxonomy(void)
{
    if (!tax) {
        atexit(free_tax);
        xc_diag d;
        xc_diag_init(&d);
        tax = xc_taxonomy_load("taxonomy", &d);
        xc_diag_free(&d);
    }
    return tax;
}

static const struct {
    const char *label;
    xc_statement stmt;
    const char *heading; /* or NULL */
    const char *concept; /* NULL: no match expected */
} cases[] = {
    {"Net Sales", XC_STMT_INCOME, NULL, "Revenues"},
    /* the older computations of primary earnings per share */
    {"Dilutive stock options outstanding", XC_STMT_INCOME, NULL,
     "WeightedAverageNumberDilutedSharesOutstandingAdjustment"},
    {"Net earnings applicable to common stock and common stock equivalents", XC_STMT_INCOME,
     NULL, "NetIncomeLossAvailableToCommonStockholdersBasic"},
    {"Medical costs", XC_STMT_INCOME, NULL, "PolicyholderBenefitsAndClaimsIncurredNet"},
    {"2004 restructuring charges", XC_STMT_INCOME, NULL, "RestructuringCharges"},
    {"Restructuring (charge) credit", XC_STMT_INCOME, NULL, "RestructuringCharges"},
    {"Gain (loss) from operations", XC_STMT_INCOME, NULL, "OperatingIncomeLoss"},
    {"Investment income, net of investment expenses", XC_STMT_INCOME, NULL,
     "NetInvestmentIncome"},
    {"Losses and loss settlement expenses", XC_STMT_INCOME, NULL,
     "PolicyholderBenefitsAndClaimsIncurredNet"},
    {"Dividends on preferred shares", XC_STMT_INCOME, NULL,
     "PreferredStockDividendsAndOtherAdjustments"},
    {"Net income attributable to the Trust", XC_STMT_INCOME, NULL, "NetIncomeLoss"},
    {"Provision for depreciation and amortization", XC_STMT_CASHFLOW, NULL,
     "DepreciationDepletionAndAmortization"},
    {"Increase (decrease) in operating assets and liabilities - net", XC_STMT_CASHFLOW, NULL,
     "IncreaseDecreaseInOperatingCapital"},
    {"(Loss) Income from Operations", XC_STMT_INCOME, NULL, "OperatingIncomeLoss"},
    {"Income (loss) from operations", XC_STMT_INCOME, NULL, "OperatingIncomeLoss"},
    {"Net (Loss) Income", XC_STMT_INCOME, NULL, "NetIncomeLoss"},
    {"Gross Margins", XC_STMT_INCOME, NULL, "GrossProfit"},
    {"Income Tax (Benefit) Provision", XC_STMT_INCOME, NULL, "IncomeTaxExpenseBenefit"},
    {"Basic", XC_STMT_INCOME, "Loss Per Share:", "EarningsPerShareBasic"},
    {"Diluted", XC_STMT_INCOME, "Weighted Average Number of Shares Outstanding:",
     "WeightedAverageNumberOfDilutedSharesOutstanding"},
    {"Other", XC_STMT_BALANCE, "Current liabilities", "OtherLiabilitiesCurrent"},
    {"Accrued and other current liabilities", XC_STMT_BALANCE, NULL, "AccruedLiabilitiesCurrent"},
    {"Cost of sales (exclusive of depreciation and amortization shown separately below)",
     XC_STMT_INCOME, NULL, "CostOfGoodsAndServiceExcludingDepreciationDepletionAndAmortization"},
    {"Cost of sales, excluding depreciation and amortization", XC_STMT_INCOME, NULL,
     "CostOfGoodsAndServiceExcludingDepreciationDepletionAndAmortization"},
    {"Other, net", XC_STMT_CASHFLOW, "CASH FLOWS FROM INVESTING ACTIVITIES",
     "PaymentsForProceedsFromOtherInvestingActivities"},
    {"Total", XC_STMT_OTHER, "Capital expenditures", "PaymentsToAcquirePropertyPlantAndEquipment"},
    {"Minority interest, including a portion subject to redemption requirements",
     XC_STMT_BALANCE, NULL, "MinorityInterest"},
    {"Total shareowners' investment", XC_STMT_BALANCE, NULL, "StockholdersEquity"},
    /* the sign's other name in parentheses, mid-label */
    {"Loss before (benefit) provision for income taxes", XC_STMT_INCOME, NULL,
     "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"},
    /* read loosely as "... per share basic and diluted", but it names one */
    {"Basic net income (loss) per share available to common shareholders(1)", XC_STMT_INCOME,
     NULL, "EarningsPerShareBasic"},
    {"Diluted net income (loss) per share available to common shareholders", XC_STMT_INCOME,
     NULL, "EarningsPerShareDiluted"},
    {"Interest expense", XC_STMT_INCOME, NULL, "InterestExpense"},
    /* equal word sets: the alias worded like the label wins ("Interest
     * income net" loses its trailing net, and comes first) */
    {"Interest income", XC_STMT_INCOME, NULL, "InvestmentIncomeInterest"},
    {"Interest income, net", XC_STMT_INCOME, NULL, "InterestIncomeExpenseNonoperatingNet"},
    /* a footnote mark is no word of the label as printed: the alias spelt
     * like the label still wins the tie */
    {"Interest income (1)", XC_STMT_INCOME, NULL, "InvestmentIncomeInterest"},
    {"Interest income(a)", XC_STMT_INCOME, NULL, "InvestmentIncomeInterest"},
    /* other comprehensive income and its parts; "Other income (loss)" is
     * no part of it */
    {"Foreign currency translation adjustments", XC_STMT_COMPREHENSIVE, NULL,
     "OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjustmentNetOfTax"},
    {"Unrealized gains (losses) on available-for-sale securities, net of tax",
     XC_STMT_COMPREHENSIVE, NULL, "OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentNetOfTax"},
    {"Other comprehensive income (loss), net of tax", XC_STMT_INCOME, NULL,
     "OtherComprehensiveIncomeLossNetOfTax"},
    {"Comprehensive income attributable to noncontrolling interests", XC_STMT_COMPREHENSIVE, NULL,
     "ComprehensiveIncomeNetOfTaxAttributableToNoncontrollingInterest"},
    {"Other income (loss)", XC_STMT_INCOME, NULL, "OtherNonoperatingIncomeExpense"},
    {"Foreign currency translation adjustments", XC_STMT_BALANCE, NULL, NULL},
    {"Acquired in-process research and development", XC_STMT_INCOME, NULL,
     "ResearchAndDevelopmentAssetAcquiredOtherThanThroughBusinessCombinationWrittenOff"},
    {"Fuel", XC_STMT_INCOME, NULL, "FuelCosts"},
    {"Total operating lease liabilities", XC_STMT_BALANCE, NULL, "OperatingLeaseLiability"},
    {"Proceeds from issuance of convertible senior notes, net of issuance costs",
     XC_STMT_CASHFLOW, NULL, "ProceedsFromConvertibleDebt"},
    {"Capitalized software, net", XC_STMT_BALANCE, NULL, "CapitalizedComputerSoftwareNet"},
    {"Asset retirement obligations", XC_STMT_BALANCE, NULL,
     "AssetRetirementObligationsNoncurrent"},
    {"Marketing", XC_STMT_INCOME, NULL, "MarketingExpense"},
    {"Acquisition of real estate", XC_STMT_CASHFLOW, NULL, "PaymentsToAcquireRealEstate"},
    {"Capital improvements", XC_STMT_CASHFLOW, NULL, "PaymentsForCapitalImprovements"},
    {"Straight-line rent", XC_STMT_CASHFLOW, NULL, "StraightLineRent"},
    /* property that names no real estate stays plant and equipment */
    {"Acquisition of property, plant and equipment", XC_STMT_CASHFLOW, NULL,
     "PaymentsToAcquirePropertyPlantAndEquipment"},
    {"Cash dividends", XC_STMT_CASHFLOW, NULL, "PaymentsOfDividends"},
    {"Amortization of goodwill and other intangibles", XC_STMT_INCOME, NULL,
     "AmortizationOfIntangibleAssets"},
    {"Deferred income taxes", XC_STMT_CASHFLOW, NULL, "DeferredIncomeTaxExpenseBenefit"},
    {"Weighted average number of common shares-assuming dilution (in millions)", XC_STMT_INCOME,
     NULL, "WeightedAverageNumberOfDilutedSharesOutstanding"},
    {"DILUTED EARNINGS PER SHARE(1)", XC_STMT_INCOME, NULL, "EarningsPerShareDiluted"},
    {"Cash and Investments", XC_STMT_BALANCE, "Assets",
     "CashCashEquivalentsAndShortTermInvestments"},
    {"Loss on extinguishment of debt", XC_STMT_INCOME, NULL, "GainsLossesOnExtinguishmentOfDebt"},
    {"Borrowings under revolving credit facility", XC_STMT_CASHFLOW, NULL,
     "ProceedsFromLinesOfCredit"},
    {"Less allowance for doubtful accounts", XC_STMT_BALANCE, "Current assets",
     "AllowanceForDoubtfulAccountsReceivableCurrent"},
    {"Frobnication widgets", XC_STMT_INCOME, NULL, NULL},
    /* a list after a one-word clause is no qualifier of that word; a
     * qualifier with an "and" is */
    {"Selling, marketing, general and administrative", XC_STMT_INCOME, NULL,
     "SellingGeneralAndAdministrativeExpense"},
    {"SALES, Net of returns and allowances", XC_STMT_INCOME, NULL, "Revenues"},
    {"Sales, general and administrative", XC_STMT_INCOME, NULL,
     "SellingGeneralAndAdministrativeExpense"},
    {"Payments related to tax on restricted stock units", XC_STMT_CASHFLOW, NULL,
     "PaymentsRelatedToTaxWithholdingForShareBasedCompensation"},
    /* share counts named by the measure they compute */
    {"Weighted average shares used in computing basic net loss per share", XC_STMT_INCOME, NULL,
     "WeightedAverageNumberOfSharesOutstandingBasic"},
    {"Weighted average shares used to compute basic EPS", XC_STMT_INCOME, NULL,
     "WeightedAverageNumberOfSharesOutstandingBasic"},
    {"Shares used in calculating diluted earnings per share", XC_STMT_INCOME, NULL,
     "WeightedAverageNumberOfDilutedSharesOutstanding"},
    {"Amortization of developed technology", XC_STMT_INCOME, "Cost of revenue:",
     "CostOfGoodsAndServicesSoldAmortization"},
    {"Restructuring and other exit costs, net", XC_STMT_INCOME, NULL, "RestructuringCharges"},
    /* fuzzy: four of five words, the rare ones among them */
    {"Frobnicated selling, general and administrative expenses", XC_STMT_INCOME, NULL,
     "SellingGeneralAndAdministrativeExpense"},
    /* the reported measure by its own words; a non-GAAP one is none */
    {"NET INCOME AS REPORTED (See Note)", XC_STMT_INCOME, NULL, "NetIncomeLoss"},
    {"GAAP net income", XC_STMT_INCOME, NULL, "NetIncomeLoss"},
    {"Net Income - Excluding One-Time Items (See Notes)", XC_STMT_INCOME, NULL, NULL},
    /* discontinued operations' sales are no revenues of the whole */
    {"Net sales from discontinued operations", XC_STMT_INCOME, NULL, NULL},
    {"Increase in short-term obligations, excluding current maturities", XC_STMT_CASHFLOW, NULL,
     "ProceedsFromRepaymentsOfShortTermDebt"},
    /* insurers: their rows name concepts no other company prints */
    {"Net premiums earned", XC_STMT_INCOME, NULL, "PremiumsEarnedNet"},
    {"Losses and loss adjustment expenses", XC_STMT_INCOME, NULL,
     "PolicyholderBenefitsAndClaimsIncurredNet"},
    {"Net realized and unrealized gains on investments", XC_STMT_INCOME, NULL,
     "GainLossOnInvestments"},
    {"Unearned premiums", XC_STMT_BALANCE, NULL, "UnearnedPremiums"},
    {"Other underwriting expenses", XC_STMT_INCOME, NULL, "OtherUnderwritingExpense"},
    {"Net premiums written", XC_STMT_INCOME, NULL, "PremiumsWrittenNet"},
    /* per share "attributable to common stockholders": the usual EPS; under a
     * heading that counts shares, a row is a share count all the same */
    {"Net loss per share attributable to common stockholders, basic and diluted",
     XC_STMT_INCOME, NULL, "EarningsPerShareBasicAndDiluted"},
    {"Basic", XC_STMT_INCOME, "Net income per share attributable to common stockholders:",
     "EarningsPerShareBasic"},
    {"Basic", XC_STMT_INCOME,
     "Shares used in computing net income per share attributable to common stockholders:",
     "WeightedAverageNumberOfSharesOutstandingBasic"},
    /* "basic and diluted" after the measure: the combined concept, not basic */
    {"Weighted-average shares used in computing net loss per share, basic and diluted",
     XC_STMT_INCOME, NULL, "WeightedAverageNumberOfShareOutstandingBasicAndDiluted"},
    /* banking concepts are not offered outside a bank's release */
    {"Net interest income", XC_STMT_INCOME, NULL, "InterestIncomeExpenseNonoperatingNet"},
    {"Total deposits", XC_STMT_BALANCE, NULL, NULL},
    /* a label that joins an item to an alias's is neither */
    {"Occupancy and other operating expenses", XC_STMT_INCOME, NULL, NULL},
    {"Merger and acquisition related costs", XC_STMT_INCOME, NULL,
     "BusinessCombinationAcquisitionRelatedCosts"},
    /* cash-flow lines of current releases, each its own concept: three words
     * of "Amortization of debt issuance costs" are a payment's alias too */
    {"Amortization of debt issuance costs", XC_STMT_CASHFLOW, NULL, "AmortizationOfFinancingCosts"},
    {"Amortization of deferred contract acquisition costs", XC_STMT_CASHFLOW, NULL,
     "AmortizationOfDeferredSalesCommissions"},
    {"Accretion of discounts on marketable securities, net", XC_STMT_CASHFLOW, NULL,
     "AccretionAmortizationOfDiscountsAndPremiumsInvestments"},
    {"Other assets", XC_STMT_CASHFLOW, "Changes in operating assets and liabilities:",
     "IncreaseDecreaseInOtherOperatingAssets"},
    {"Other, net", XC_STMT_CASHFLOW, "Changes in operating assets and liabilities:",
     "IncreaseDecreaseInOtherOperatingCapitalNet"},
    {"Pension contributions", XC_STMT_CASHFLOW, NULL, "PensionContributions"},
    {"Taxes paid on vesting of restricted stock", XC_STMT_CASHFLOW, NULL,
     "PaymentsRelatedToTaxWithholdingForShareBasedCompensation"},
    {"Tax withholding on vesting of equity awards", XC_STMT_CASHFLOW, NULL,
     "PaymentsRelatedToTaxWithholdingForShareBasedCompensation"},
    {"Operating lease liabilities", XC_STMT_CASHFLOW, NULL,
     "IncreaseDecreaseInOperatingLeaseLiability"},
    {"Accrued compensation and benefits", XC_STMT_CASHFLOW, NULL,
     "IncreaseDecreaseInEmployeeRelatedLiabilities"},
    {"Payments of finance lease obligations", XC_STMT_CASHFLOW, NULL,
     "FinanceLeasePrincipalPayments"},
    {"Proceeds from issuance of common stock under employee stock plans", XC_STMT_CASHFLOW, NULL,
     "ProceedsFromStockPlans"},
    /* a clause that names one part of a combined concept keeps it */
    {"Weighted average number of shares, diluted", XC_STMT_INCOME, NULL,
     "WeightedAverageNumberOfDilutedSharesOutstanding"},
    {"Loss (gain) on disposal of property, equipment and other assets", XC_STMT_INCOME, NULL,
     "GainLossOnSaleOfPropertyPlantEquipment"},
    {"Other components of net periodic pension cost/(income)", XC_STMT_INCOME, NULL,
     "DefinedBenefitPlanNetPeriodicBenefitCostCreditExcludingServiceCost"},
    {"Reorganization items, net", XC_STMT_INCOME, NULL, "ReorganizationItems"},
    {"Property and equipment purchases included in accounts payable", XC_STMT_CASHFLOW, NULL,
     "CapitalExpendituresIncurredButNotYetPaid"},
    /* a software company's liabilities: the term after a dash */
    {"Accrued restructuring charges — noncurrent", XC_STMT_BALANCE, NULL,
     "RestructuringReserveNoncurrent"},
    {"Income taxes payable — noncurrent", XC_STMT_BALANCE, NULL, "AccruedIncomeTaxesNoncurrent"},
    {"Accrued compensation and related liabilities", XC_STMT_BALANCE, "Current liabilities:",
     "EmployeeRelatedLiabilitiesCurrent"},
    {"Deferred commissions, noncurrent", XC_STMT_BALANCE, NULL,
     "CapitalizedContractCostNetNoncurrent"},
    /* a word swapped for another is another thing, however many agree */
    {"(Gain) loss on sale of business", XC_STMT_INCOME, NULL, "GainLossOnSaleOfBusiness"},
    {"(Gain) loss on sale of aircraft", XC_STMT_INCOME, NULL, NULL},
    /* a unit note is no word of the label */
    {"Basic (in dollars per share)", XC_STMT_INCOME, "Earnings per share:",
     "EarningsPerShareBasic"},
    {"Depreciation, depletion and amortization", XC_STMT_INCOME, NULL,
     "DepreciationDepletionAndAmortization"},
    /* balance-sheet components: inventories, property, credit lines */
    {"Raw materials", XC_STMT_BALANCE, "Inventories:", "InventoryRawMaterials"},
    {"Buildings and improvements", XC_STMT_BALANCE, NULL, "BuildingsAndImprovementsGross"},
    {"Revolving credit facility", XC_STMT_BALANCE, NULL, "LineOfCredit"},
    /* an oil and gas producer's properties: the method is in the heading */
    {"Proved properties", XC_STMT_BALANCE,
     "Oil and natural gas properties, successful efforts method:",
     "ProvedOilAndGasPropertySuccessfulEffortMethod"},
    {"Unproved properties", XC_STMT_BALANCE,
     "Oil and natural gas properties, successful efforts method:",
     "UnprovedOilAndGasPropertySuccessfulEffortMethod"},
    {"Net oil and natural gas properties", XC_STMT_BALANCE,
     "Oil and natural gas properties (full cost method):", "OilAndGasPropertyFullCostMethodNet"},
    {"Proved properties", XC_STMT_BALANCE, NULL, NULL},
    {"Other property and equipment", XC_STMT_BALANCE, NULL, "PropertyPlantAndEquipmentOther"},
    /* a contractor's contract assets and liabilities, in their older words */
    {"Costs and estimated earnings in excess of billings", XC_STMT_BALANCE, NULL,
     "ContractWithCustomerAssetNetCurrent"},
    {"Billings in excess of costs and estimated earnings", XC_STMT_BALANCE, NULL,
     "ContractWithCustomerLiabilityCurrent"},
    {"Billings in excess of costs and estimated earnings", XC_STMT_CASHFLOW, NULL,
     "IncreaseDecreaseInContractWithCustomerLiability"},
    /* older releases' words: merger costs, minority interest as an
     * income line, costs of products and services */
    {"Merger costs", XC_STMT_INCOME, "Costs and expenses:",
     "BusinessCombinationAcquisitionRelatedCosts"},
    {"Minority interest income (expense)", XC_STMT_INCOME, NULL,
     "NetIncomeLossAttributableToNoncontrollingInterest"},
    {"Costs of products and services", XC_STMT_INCOME, NULL, "CostOfGoodsAndServicesSold"},
    /* under a heading that counts shares, a row naming basic or diluted
     * earnings per share counts the shares behind them */
    {"Diluted earnings per share", XC_STMT_INCOME, "Shares used in computing earnings per share:",
     "WeightedAverageNumberOfDilutedSharesOutstanding"},
    {"Basic earnings per share", XC_STMT_INCOME, "Weighted average shares outstanding:",
     "WeightedAverageNumberOfSharesOutstandingBasic"},
    {"Basic Earnings Per Share", XC_STMT_INCOME, "Shares Used For:",
     "WeightedAverageNumberOfSharesOutstandingBasic"},
    /* a waste hauler's cost of revenue; a settlement's charges */
    {"Cost of Operations", XC_STMT_INCOME, NULL, "CostOfRevenue"},
    {"Litigation Settlement Charges", XC_STMT_INCOME, NULL, "LitigationSettlementExpense"},
    {"Dividends paid per share", XC_STMT_INCOME, NULL, "CommonStockDividendsPerShareCashPaid"},
    /* "earnings" reads as "income" */
    {"Earnings before extraordinary loss", XC_STMT_INCOME, NULL,
     "IncomeLossBeforeExtraordinaryItemsAndCumulativeEffectOfChangeInAccountingPrinciple"},
    {"Income before extraordinary item diluted", XC_STMT_INCOME, NULL,
     "IncomeLossBeforeExtraordinaryItemsAndCumulativeEffectOfChangeInAccountingPrinciplePerDilutedShare"},
    /* what the amount serves is no part of what it is; which part of a
     * split concept it is comes from the words after */
    {"Weighted average common shares outstanding for computation of basic per share results",
     XC_STMT_INCOME, NULL, "WeightedAverageNumberOfSharesOutstandingBasic"},
    {"Wtd avg shares for computation of diluted EPS", XC_STMT_INCOME, NULL,
     "WeightedAverageNumberOfDilutedSharesOutstanding"},
    /* before 1997 (APB 15), "primary" earnings per share stood where
     * basic stands now, beside "fully diluted" */
    {"Primary earnings per share", XC_STMT_INCOME, NULL, "EarningsPerShareBasic"},
    {"Primary", XC_STMT_INCOME, "Net income per share:", "EarningsPerShareBasic"},
    /* and "fully diluted" where diluted does now */
    {"Fully diluted", XC_STMT_INCOME, "Earnings per common and common equivalent share:",
     "EarningsPerShareDiluted"},
    {"Fully diluted", XC_STMT_INCOME, "Average common and common equivalent shares outstanding:",
     "WeightedAverageNumberOfDilutedSharesOutstanding"},
    {"Fully diluted earnings per share", XC_STMT_INCOME, NULL, "EarningsPerShareDiluted"},
    /* and "assuming dilution" where diluted stands now */
    {"Earnings per common share - assuming dilution", XC_STMT_INCOME, NULL,
     "EarningsPerShareDiluted"},
    /* whom an amount is from is no part of what it is, where the rest
     * names a concept exactly; a label in title case names no one */
    {"Equity earnings from Cellco Partnership", XC_STMT_INCOME, NULL,
     "IncomeLossFromEquityMethodInvestments"},
    {"Sales to Wal-Mart", XC_STMT_INCOME, NULL, NULL},
    {"Federal and state income taxes", XC_STMT_INCOME, NULL, "IncomeTaxExpenseBenefit"},
    {"Impairment of oil and gas properties", XC_STMT_INCOME, NULL,
     "ImpairmentOfOilAndGasProperties"},
    {"Dry hole costs", XC_STMT_INCOME, NULL, "ResultsOfOperationsDryHoleCosts"},
    /* a customer's deposit is owed back, not revenue deferred */
    {"Customer deposits", XC_STMT_BALANCE, NULL, "CustomerDepositsCurrent"},
    {"Gain on sale of discontinued operations, net of tax", XC_STMT_INCOME, NULL,
     "DiscontinuedOperationGainLossOnDisposalOfDiscontinuedOperationNetOfTax"},
    /* an extraordinary item is one whatever it arose from */
    {"Extraordinary loss on early extinguishment of debt", XC_STMT_INCOME, NULL,
     "ExtraordinaryItemNetOfTax"},
    {"Sales and other operating revenues", XC_STMT_INCOME, NULL, "Revenues"},
    /* marketing stands where selling does */
    {"Marketing and administrative", XC_STMT_INCOME, NULL,
     "SellingGeneralAndAdministrativeExpense"},
    {"Selling, marketing and administrative expenses", XC_STMT_INCOME, NULL,
     "SellingGeneralAndAdministrativeExpense"},
    /* a change named by one direction is the change either way: its sign
     * says which */
    {"Increase in inventories", XC_STMT_CASHFLOW, NULL, "IncreaseDecreaseInInventories"},
    {"Decrease in accounts payable", XC_STMT_CASHFLOW, NULL, "IncreaseDecreaseInAccountsPayable"},
    {"Proceeds from sale of equipment", XC_STMT_CASHFLOW, NULL,
     "ProceedsFromSaleOfPropertyPlantAndEquipment"},
    {"Loss on disposal of fixed assets", XC_STMT_CASHFLOW, NULL,
     "GainLossOnSaleOfPropertyPlantEquipment"},
    /* a label that says net is no gross amount */
    {"Buildings, net", XC_STMT_BALANCE, NULL, NULL},
    {"Machinery and equipment, net", XC_STMT_BALANCE, NULL, "PropertyPlantAndEquipmentNet"},
    /* "end" places an instant only as a phrase, not in a name */
    {"Lands' End", XC_STMT_BALANCE, NULL, NULL},
    {"Lands\xe2\x80\x99 End", XC_STMT_BALANCE, NULL, NULL},
    {"Cash and cash equivalents, end of year", XC_STMT_CASHFLOW, NULL,
     "CashAndCashEquivalentsAtCarryingValue"},
    /* a term loan is long-term debt; contract costs deferred are a change in
     * an operating asset (their amortization is another line) */
    {"Repayments of term loan", XC_STMT_CASHFLOW, NULL, "RepaymentsOfLongTermDebt"},
    {"Distributions to noncontrolling interests", XC_STMT_CASHFLOW, NULL,
     "PaymentsToMinorityShareholders"},
    {"Dividends paid to noncontrolling interests", XC_STMT_CASHFLOW, NULL,
     "PaymentsOfDividendsMinorityInterest"},
    {"Dividends paid", XC_STMT_CASHFLOW, NULL, "PaymentsOfDividends"},
    {"Contract assets", XC_STMT_BALANCE, "Current assets:", "ContractWithCustomerAssetNetCurrent"},
    {"Finance lease right-of-use assets", XC_STMT_BALANCE, NULL, "FinanceLeaseRightOfUseAsset"},
    {"Redeemable noncontrolling interest", XC_STMT_BALANCE, NULL,
     "RedeemableNoncontrollingInterestEquityCarryingAmount"},
    {"Proceeds from term loan", XC_STMT_CASHFLOW, NULL, "ProceedsFromIssuanceOfLongTermDebt"},
    {"Deferred contract costs", XC_STMT_CASHFLOW, "Changes in operating assets and liabilities:",
     "IncreaseDecreaseInDeferredCharges"},
    {"Cash at beginning of period", XC_STMT_CASHFLOW, NULL, "CashAndCashEquivalentsAtCarryingValue"},
    {"Payment of contingent consideration", XC_STMT_CASHFLOW, NULL,
     "PaymentForContingentConsiderationLiabilityFinancingActivities"},
    /* a real estate trust's rows */
    {"Property operating expenses", XC_STMT_INCOME, NULL,
     "DirectCostsOfLeasedAndRentedPropertyOrEquipment"},
    {"Impairment of real estate", XC_STMT_INCOME, NULL, "ImpairmentOfRealEstate"},
    {"Equity in earnings of unconsolidated joint ventures", XC_STMT_INCOME, NULL,
     "IncomeLossFromEquityMethodInvestments"},
    {"Total real estate", XC_STMT_BALANCE, "Real estate:", "RealEstateInvestmentPropertyAtCost"},
    {"Real estate, net", XC_STMT_BALANCE, NULL, "RealEstateInvestmentPropertyNet"},
    {"Deferred rent receivable", XC_STMT_BALANCE, NULL, "DeferredRentReceivablesNet"},
    {"Intangible lease assets, net", XC_STMT_BALANCE, NULL, "FiniteLivedIntangibleAssetsNet"},
    {"Mortgage notes payable, net", XC_STMT_BALANCE, NULL, "SecuredDebt"},
    {"Unsecured term loans", XC_STMT_BALANCE, NULL, "UnsecuredDebt"},
    {"Intangible lease liabilities, net", XC_STMT_BALANCE, NULL, "BelowMarketLeaseNet"},
    {"Accounts payable, accrued expenses and other liabilities", XC_STMT_BALANCE, NULL,
     "AccountsPayableAndAccruedLiabilitiesCurrentAndNoncurrent"},
    {"Distributions in excess of accumulated earnings", XC_STMT_BALANCE, "Equity:",
     "RetainedEarningsAccumulatedDeficit"},
    {"Noncontrolling interests in the Operating Partnership", XC_STMT_BALANCE, "Equity:",
     "MinorityInterest"},
    /* an oil and gas producer's rows */
    {"Production and ad valorem taxes", XC_STMT_INCOME, NULL, "ProductionTaxExpense"},
    {"Exploration", XC_STMT_INCOME, "Operating costs and expenses:", "ExplorationExpense"},
    {"Accretion of asset retirement obligations", XC_STMT_CASHFLOW, NULL,
     "AssetRetirementObligationAccretionExpense"},
    {"(Gain) loss on derivatives, net", XC_STMT_CASHFLOW, NULL,
     "GainLossOnDerivativeInstrumentsNetPretax"},
    {"Additions to oil and natural gas properties", XC_STMT_CASHFLOW, NULL,
     "PaymentsToAcquireOilAndGasPropertyAndEquipment"},
    {"Acquisitions of oil and gas properties", XC_STMT_CASHFLOW, NULL,
     "PaymentsToAcquireOilAndGasProperty"},
    {"Proceeds from sale of oil and natural gas properties", XC_STMT_CASHFLOW, NULL,
     "ProceedsFromSaleOfOilAndGasPropertyAndEquipment"},
    {"Repayments of senior notes", XC_STMT_CASHFLOW, NULL, "RepaymentsOfSeniorDebt"},
    /* "total" over "other expense" is the sum of the other items */
    {"Total other expense, net", XC_STMT_INCOME, NULL, "NonoperatingIncomeExpense"},
    {"Other operating expenses", XC_STMT_INCOME, NULL, "OtherCostAndExpenseOperating"},
    {"Other operating expense (income), net", XC_STMT_INCOME, NULL,
     "OtherOperatingIncomeExpenseNet"},
    {"Other expense, net", XC_STMT_INCOME, NULL, "OtherNonoperatingIncomeExpense"},
    /* airlines and homebuilders */
    {"Aircraft fuel", XC_STMT_INCOME, NULL, "FuelCosts"},
    {"Landing fees and other rentals", XC_STMT_INCOME, NULL, "LandingFeesAndOtherRentals"},
    {"Maintenance, materials and repairs", XC_STMT_INCOME, NULL, "CostMaintenance"},
    {"Air traffic liability", XC_STMT_BALANCE, NULL, "ContractWithCustomerLiabilityCurrent"},
    {"Housing completed or under construction", XC_STMT_BALANCE, NULL,
     "InventoryHomesUnderConstruction"},
    {"Land and land under development", XC_STMT_BALANCE, NULL,
     "InventoryLandHeldForDevelopmentAndSale"},
    {"Senior notes", XC_STMT_BALANCE, NULL, "SeniorNotes"},
    {"Senior subordinated notes", XC_STMT_BALANCE, NULL, "SubordinatedDebt"},
    {"Mortgage loans held for sale", XC_STMT_BALANCE, NULL,
     "LoansReceivableHeldForSaleNetNotPartOfDisposalGroup"},
    {"Equity in earnings of affiliated companies", XC_STMT_INCOME, NULL,
     "IncomeLossFromEquityMethodInvestments"},
    /* income "before" an item is no amount of that item */
    {"(Loss) income before equity investment", XC_STMT_INCOME, NULL, NULL},
    /* no fuzzy reading whose head noun is neither's; a head noun the other
     * has is no objection */
    {"Disposal of goodwill and other intangible assets", XC_STMT_CASHFLOW, NULL, NULL},
    {"Amortization of goodwill and other intangible assets", XC_STMT_CASHFLOW, NULL,
     "AmortizationOfIntangibleAssets"},
    {"Deferred charges and other", XC_STMT_BALANCE, NULL, "OtherAssetsNoncurrent"},
    {"Property and equipment, net (Including assets held for sale)", XC_STMT_BALANCE, NULL,
     "PropertyPlantAndEquipmentNet"},
    {"Property and equipment (net)", XC_STMT_BALANCE, NULL, "PropertyPlantAndEquipmentNet"},
    {"Accounts receivable less allowance of $55 and $58, respectively", XC_STMT_BALANCE, NULL,
     "AccountsReceivableNetCurrent"},
    {"Loss from continuing operations before income tax benefit", XC_STMT_INCOME, NULL,
     "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"},
    {"Repayment of lease obligations", XC_STMT_CASHFLOW, NULL, "FinanceLeasePrincipalPayments"},
    {"Cost of net revenues", XC_STMT_INCOME, NULL, "CostOfRevenue"},
    {"Non-cash stock based compensation", XC_STMT_CASHFLOW, NULL, "ShareBasedCompensation"},
    /* a residual line takes its section's meaning, but not from a heading
     * that joins it to another item */
    {"Other expenses", XC_STMT_INCOME, "OPERATING EXPENSES", "OtherCostAndExpenseOperating"},
    {"Other expense", XC_STMT_INCOME, "Interest and other expense:",
     "OtherNonoperatingIncomeExpense"},
    {"Other", XC_STMT_INCOME, "Costs and expenses:", "OtherCostAndExpenseOperating"},
    {"Capitalized interest", XC_STMT_INCOME, "INTEREST EXPENSE",
     "InterestCostsCapitalizedAdjustment"},
    /* a bare word of either sign takes its side from a heading that names
     * one, and keeps both where the heading names both */
    {"Interest", XC_STMT_INCOME, "Expenses", "InterestExpense"},
    {"Interest", XC_STMT_INCOME, "Costs and expenses:", "InterestExpense"},
    {"Interest", XC_STMT_INCOME, "Revenues:", "InvestmentIncomeInterest"},
    {"Interest", XC_STMT_INCOME, "Other income (expense):", "InterestIncomeExpenseNonoperatingNet"},
    {"Interest", XC_STMT_INCOME, NULL, "InterestIncomeExpenseNonoperatingNet"},
    {"Dry hole, abandonment, impairment and exploration", XC_STMT_INCOME, "Expenses",
     "ExplorationAbandonmentAndImpairmentExpense"},
    /* a label that names no sense is no revenue under a heading of
     * expenses; a concept's label that names the other sense than its
     * balance ("Taxes, excluding income ...") is no objection */
    {"Brokerage commissions", XC_STMT_INCOME, "Expenses:", NULL},
    {"Brokerage commissions", XC_STMT_INCOME, "Revenues:", "BrokerageCommissionsRevenue"},
    {"Operating taxes and licenses", XC_STMT_INCOME, "Operating expenses:",
     "TaxesExcludingIncomeAndExciseTaxes"},
    /* "or" joins two names of one thing */
    {"Loss (gain) on the sale or disposal of property", XC_STMT_INCOME, NULL,
     "GainLossOnSaleOfPropertyPlantEquipment"},
    {"Compensation and related costs (including share-based compensation of $12,293 and "
     "$12,960, respectively)",
     XC_STMT_INCOME, "Operating expenses:", "LaborAndRelatedExpense"},
    {"Amortization", XC_STMT_INCOME, "Operating expenses:", "AmortizationOfIntangibleAssets"},
    {"Payroll and related costs", XC_STMT_INCOME, NULL, "LaborAndRelatedExpense"},
    {"Tenant and other receivables, net", XC_STMT_BALANCE, NULL, "AccountsReceivableNetCurrent"},
    /* a cash flow's change, by what it is in; a net of borrowings and
     * repayments */
    {"Increase (decrease) in accrued expenses", XC_STMT_CASHFLOW, NULL,
     "IncreaseDecreaseInAccruedLiabilities"},
    {"Changes in accrued expenses", XC_STMT_CASHFLOW, NULL, "IncreaseDecreaseInAccruedLiabilities"},
    {"Net borrowings (repayments) under revolving credit", XC_STMT_CASHFLOW, NULL,
     "ProceedsFromRepaymentsOfLinesOfCredit"},
    {"Proceeds from (repayments of) long-term debt, net", XC_STMT_CASHFLOW, NULL,
     "ProceedsFromRepaymentsOfLongTermDebtAndCapitalSecurities"},
    {"Net borrowings (repayments)", XC_STMT_CASHFLOW, NULL, "ProceedsFromRepaymentsOfDebt"},
    {"Unrealized (gain) loss on investments", XC_STMT_CASHFLOW, NULL,
     "UnrealizedGainLossOnInvestments"},
    {"Cash acquired in acquisition", XC_STMT_CASHFLOW, NULL, "CashAcquiredFromAcquisition"},
    /* a line of credit by its term; preferred stock redeemable or not */
    {"Current portion - line of credit", XC_STMT_BALANCE, NULL, "LinesOfCreditCurrent"},
    {"Line of credit, net of current portion", XC_STMT_BALANCE, NULL, "LongTermLineOfCredit"},
    {"Redeemable convertible preferred stock", XC_STMT_BALANCE, NULL,
     "TemporaryEquityCarryingAmountAttributableToParent"},
    {"Convertible preferred stock", XC_STMT_BALANCE, NULL, "PreferredStockValue"},
    {"Payments of withholding taxes on vested restricted stock", XC_STMT_CASHFLOW, NULL,
     "PaymentsRelatedToTaxWithholdingForShareBasedCompensation"},
    {"Accrued capital expenditures", XC_STMT_CASHFLOW, NULL,
     "CapitalExpendituresIncurredButNotYetPaid"},
    /* a fuzzy reading keeps the words that make another measure: the
     * comprehensive income, the discontinued operations' loss */
    {"Comprehensive income attributable to common stockholders", XC_STMT_INCOME, NULL,
     "ComprehensiveIncomeNetOfTax"},
    {"Comprehensive income (loss) attributable to common stockholders", XC_STMT_INCOME, NULL,
     "ComprehensiveIncomeNetOfTax"},
    {"Loss from discontinued operations attributable to common stockholders", XC_STMT_INCOME,
     NULL, NULL},
    {"Loss from discontinued operations before income taxes", XC_STMT_INCOME, NULL,
     "DiscontinuedOperationIncomeLossFromDiscontinuedOperationBeforeIncomeTax"},
    /* investing and financing lines of older cash-flow statements */
    {"Acquisition of treasury stock", XC_STMT_CASHFLOW, NULL, "PaymentsForRepurchaseOfCommonStock"},
    {"Purchases of held-to-maturity investments", XC_STMT_CASHFLOW, NULL,
     "PaymentsToAcquireHeldToMaturitySecurities"},
    {"Undistributed earnings of joint venture", XC_STMT_CASHFLOW, NULL,
     "IncomeLossFromEquityMethodInvestmentsNetOfDividendsOrDistributions"},
    {"Investment in joint venture", XC_STMT_CASHFLOW, NULL, "PaymentsToAcquireEquityMethodInvestments"},
    {"Net income (loss) allocated to common stockholders", XC_STMT_INCOME, NULL,
     "NetIncomeLossAvailableToCommonStockholdersBasic"},
    /* "other accrued" is the other accruals', not all accruals' */
    {"Other accrued liabilities", XC_STMT_BALANCE, "Current liabilities:",
     "OtherAccruedLiabilitiesCurrent"},
    {"Accrued expenses", XC_STMT_BALANCE, "Current liabilities:", "AccruedLiabilitiesCurrent"},
    /* a change in trade payables and receivables among working capital */
    {"Trade accounts payable", XC_STMT_CASHFLOW, "Changes in operating assets and liabilities:",
     "IncreaseDecreaseInAccountsPayableTrade"},
    {"Trade accounts receivable", XC_STMT_CASHFLOW, "Changes in operating assets and liabilities:",
     "IncreaseDecreaseInAccountsReceivable"},
    /* an insurer's investments */
    {"Fixed maturities, available for sale, at fair value (amortized cost $1,702,114 and "
     "$1,655,870)",
     XC_STMT_BALANCE, "Investments:", "AvailableForSaleSecuritiesDebtSecurities"},
    {"Total investments", XC_STMT_BALANCE, NULL, "Investments"},
    {"Investments", XC_STMT_BALANCE, NULL, "LongTermInvestments"},
    /* a label that only says "reported" is its heading's measure */
    {"As reported", XC_STMT_INCOME, "Net income", "NetIncomeLoss"},
    {"Manufacturing cost of sales", XC_STMT_INCOME, "Costs and expenses:",
     "CostOfGoodsAndServicesSold"},
    {"Dividend income", XC_STMT_INCOME, "Other (income) expense:", "InvestmentIncomeDividend"},
    /* "cash and cash equivalents" joins no two items */
    {"Net cash and cash equivalents provided by (used in) operating activities", XC_STMT_CASHFLOW,
     NULL, "NetCashProvidedByUsedInOperatingActivities"},
    /* a bare total is its heading's measure, less what the heading splits
     * it by */
    {"Total", XC_STMT_INCOME, "Net Sales by Geography", "Revenues"},
    {"Total", XC_STMT_INCOME, "Revenues by segment", "Revenues"},
    {"- - As Reported", XC_STMT_INCOME, "Basic Earnings Per Share-(Notes)",
     "EarningsPerShareBasic"},
    /* a loose reading is before what the label is before: income taxes
     * make a pre-tax amount, the cumulative effect alone does not */
    {"Income from continuing operations before cumulative effect of accounting change",
     XC_STMT_INCOME, NULL,
     "IncomeLossBeforeExtraordinaryItemsAndCumulativeEffectOfChangeInAccountingPrinciple"},
    {"Earnings before income taxes and cumulative effect of accounting change", XC_STMT_INCOME,
     NULL,
     "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"},
    {"Income from railway operations", XC_STMT_INCOME, NULL, "OperatingIncomeLoss"},
    {"Earnings Before Income Tax Expense", XC_STMT_INCOME, NULL,
     "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"},
    /* a list after two words is no kind of its first item */
    {"Purchased Power, Fuel and Transmission", XC_STMT_INCOME, NULL, NULL},
    {"Operations and Maintenance", XC_STMT_INCOME, NULL,
     "UtilitiesOperatingExpenseMaintenanceAndOperations"},
    /* what an amount is net of makes it net, never gross */
    {"Property and equipment, net of accumulated depreciation", XC_STMT_BALANCE, NULL,
     "PropertyPlantAndEquipmentNet"},
    {"Property, plant and equipment, net of accumulated depreciation of $2,288,804 and "
     "$2,250,950 at the respective dates",
     XC_STMT_BALANCE, NULL, "PropertyPlantAndEquipmentNet"},
    {"Long-term debt, net of current portion", XC_STMT_BALANCE, NULL, "LongTermDebtNoncurrent"},
    {"Regulatory assets", XC_STMT_BALANCE, NULL, "RegulatoryAssetsNoncurrent"},
    /* figures after a comma are no items of a list */
    {"Treasury stock, at cost, 2020 and 2019, 21,401,117 shares", XC_STMT_BALANCE, NULL,
     "TreasuryStockValue"},
    /* "other" qualifying an item is no "and other" item */
    {"Other interest income", XC_STMT_INCOME, NULL, "InvestmentIncomeInterest"},
    {"Interest and other income", XC_STMT_INCOME, NULL, "NonoperatingIncomeExpense"},
    /* non-cash investing and financing */
    {"Property and equipment purchased but not yet paid", XC_STMT_CASHFLOW, NULL,
     "CapitalExpendituresIncurredButNotYetPaid"},
    {"Right-of-use assets obtained in exchange for operating lease liabilities", XC_STMT_CASHFLOW,
     NULL, "RightOfUseAssetObtainedInExchangeForOperatingLeaseLiability"},
    {"Right-of-use assets obtained in exchange for new finance lease liabilities",
     XC_STMT_CASHFLOW, NULL, "RightOfUseAssetObtainedInExchangeForFinanceLeaseLiability"},
    {"Interest income and other, net", XC_STMT_INCOME, NULL, "NonoperatingIncomeExpense"},
    /* short-term debt with the long-term debt due within the year */
    {"Short-term debt and current maturities of long-term debt", XC_STMT_BALANCE, NULL,
     "DebtCurrent"},
    {"Interest expense on debt", XC_STMT_INCOME, NULL, "InterestAndDebtExpense"},
    {"Change in fair value of warrant liabilities", XC_STMT_CASHFLOW, NULL,
     "FairValueAdjustmentOfWarrants"},
    /* insurers */
    {"Benefits, claims and settlement expenses", XC_STMT_INCOME, NULL,
     "PolicyholderBenefitsAndClaimsIncurredNet"},
    {"Interest credited", XC_STMT_INCOME, NULL, "InterestCreditedToPolicyholdersAccountBalances"},
    {"Investment contract and other policyholder account balances", XC_STMT_BALANCE, NULL,
     "PolicyholderContractDeposits"},
    {"Losses and loss adjustment expenses", XC_STMT_BALANCE, NULL,
     "LiabilityForClaimsAndClaimsAdjustmentExpense"},
    {"Losses and loss adjustment expenses", XC_STMT_INCOME, NULL,
     "PolicyholderBenefitsAndClaimsIncurredNet"},
    /* foreign filers' words: profit, ordinary shares, shares of results */
    {"Profit before income tax and share of results of equity investees", XC_STMT_INCOME, NULL,
     "IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterestAndIncomeLossFromEquity"
     "MethodInvestments"},
    {"Share of results of equity investees", XC_STMT_INCOME, NULL,
     "IncomeLossFromEquityMethodInvestments"},
    {"Share of net income of equity companies", XC_STMT_INCOME, NULL,
     "IncomeLossFromEquityMethodInvestments"},
    {"Other (income)/deductions--net", XC_STMT_INCOME, NULL, "OtherNonoperatingIncomeExpense"},
    {"Accrued payroll and benefits", XC_STMT_BALANCE, NULL, "EmployeeRelatedLiabilitiesCurrent"},
    {"Contributed surplus", XC_STMT_BALANCE, NULL, "AdditionalPaidInCapital"},
    {"Income before provision for taxes on income and minority interests", XC_STMT_INCOME, NULL,
     "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"},
    {"Minority owners' share of subsidiaries' net income", XC_STMT_INCOME, NULL,
     "NetIncomeLossAttributableToNoncontrollingInterest"},
    {"Profit from operations", XC_STMT_INCOME, NULL, "OperatingIncomeLoss"},
    {"Net income attributable to ordinary shareholders", XC_STMT_INCOME, NULL,
     "NetIncomeLossAvailableToCommonStockholdersBasic"},
    {"Sales and marketing expenses", XC_STMT_INCOME, NULL, "SellingAndMarketingExpense"},
    /* what an amount is part of, after what it is */
    {"Depreciation included in expense", XC_STMT_INCOME, NULL, "Depreciation"},
    {"Total", XC_STMT_INCOME, "Share-based compensation expenses included in:",
     "AllocatedShareBasedCompensationExpense"},
    {"(1) Includes stock-based compensation as follows:", XC_STMT_INCOME, NULL,
     "AllocatedShareBasedCompensationExpense"},
    /* a heading's closing "from continuing/discontinued operations" */
    {"Basic", XC_STMT_INCOME, "Net income per common share from continuing operations:",
     "IncomeLossFromContinuingOperationsPerBasicShare"},
    {"Diluted", XC_STMT_INCOME, "Net income per common share from discontinued operations:",
     "IncomeLossFromDiscontinuedOperationsNetOfTaxPerDilutedShare"},
    {"Basic", XC_STMT_INCOME, "Net income per common share:", "EarningsPerShareBasic"},
    {"Goodwill and intangibles", XC_STMT_BALANCE, NULL, "IntangibleAssetsNetIncludingGoodwill"},
    /* a clause that names the term of a balance named without one */
    {"Operating lease liability - short term", XC_STMT_BALANCE, NULL,
     "OperatingLeaseLiabilityCurrent"},
    {"Mortgage payable - short term", XC_STMT_BALANCE, NULL, "SecuredDebtCurrent"},
    {"Mortgage payable - long term", XC_STMT_BALANCE, NULL, "SecuredLongTermDebt"},
    {"Mortgage payable", XC_STMT_BALANCE, NULL, "SecuredDebt"},
    {"Current portion of notes payable", XC_STMT_BALANCE, NULL, "NotesPayableCurrent"},
    {"Common stock warrant liability adjustment", XC_STMT_INCOME, NULL,
     "FairValueAdjustmentOfWarrants"},
    {"Warranty reserve", XC_STMT_BALANCE, "Current Liabilities", "ProductWarrantyAccrualCurrent"},
    {"Finite-life intangible assets, net", XC_STMT_BALANCE, NULL, "FiniteLivedIntangibleAssetsNet"},
    {"Impairment of intangible assets", XC_STMT_CASHFLOW, NULL,
     "ImpairmentOfIntangibleAssetsExcludingGoodwill"},
    {"Income tax receivable, net", XC_STMT_CASHFLOW, NULL, "IncreaseDecreaseInIncomeTaxesReceivable"},
    {"Income tax payable/receivable", XC_STMT_CASHFLOW, NULL, "IncreaseDecreaseInIncomeTaxesPayable"},
    {"Expenditures for finite-life intangible assets", XC_STMT_CASHFLOW, NULL,
     "PaymentsToAcquireIntangibleAssets"},
    {"Unrealized loss on marketable securities", XC_STMT_COMPREHENSIVE, NULL,
     "OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentNetOfTax"},
    /* a point of the period under the balance it is of */
    {"End of period", XC_STMT_CASHFLOW, "Cash, cash equivalents and restricted cash",
     "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents"},
    {"Beginning of year", XC_STMT_CASHFLOW, "Cash and cash equivalents:",
     "CashAndCashEquivalentsAtCarryingValue"},
    /* older statements' words */
    {"COST OF SALES AND OPERATING EXPENSES", XC_STMT_INCOME, NULL, "CostsAndExpenses"},
    {"Preference dividends, net of income tax benefit", XC_STMT_INCOME, NULL,
     "PreferredStockDividendsAndOtherAdjustments"},
    {"Income before minority interest", XC_STMT_INCOME, NULL, "ProfitLoss"},
    /* "taxation", as statements in British usage say */
    {"Profit before taxation", XC_STMT_INCOME, NULL,
     "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"},
    {"Current taxation", XC_STMT_INCOME, NULL, "CurrentIncomeTaxExpenseBenefit"},
    {"Short-term bank loans", XC_STMT_BALANCE, NULL, "ShortTermBorrowings"},
    /* the period a label names is its context's */
    {"Net income for the year", XC_STMT_INCOME, NULL, "NetIncomeLoss"},
    {"Net loss for the three months ended June 30, 2004", XC_STMT_INCOME, NULL, "NetIncomeLoss"},
    {"Comprehensive income for the period", XC_STMT_INCOME, NULL, "ComprehensiveIncomeNetOfTax"},
    {"Total Assets as of June 30, 2024", XC_STMT_BALANCE, NULL, "Assets"},
    /* IFRS words for profit and finance costs */
    {"Profit for the year", XC_STMT_INCOME, NULL, "ProfitLoss"},
    {"Profit attributable to owners of the Company", XC_STMT_INCOME, NULL, "NetIncomeLoss"},
    {"Finance costs", XC_STMT_INCOME, NULL, "InterestExpense"},
    {"Finance income", XC_STMT_INCOME, NULL, "InvestmentIncomeInterest"},
    {"Net finance costs", XC_STMT_INCOME, NULL, "InterestIncomeExpenseNonoperatingNet"},
    {"Share of profit of associates", XC_STMT_INCOME, NULL,
     "IncomeLossFromEquityMethodInvestments"},
    {"Distribution costs", XC_STMT_INCOME, NULL, "SellingExpense"},
    {"Trade and other receivables", XC_STMT_BALANCE, NULL, "AccountsReceivableNetCurrent"},
    {"Trade and other payables", XC_STMT_BALANCE, NULL,
     "AccountsPayableAndAccruedLiabilitiesCurrent"},
    {"Basic earnings per share attributable to owners of the Company", XC_STMT_INCOME, NULL,
     "EarningsPerShareBasic"},
    /* the share of "per share", named at length */
    {"Basic and Diluted Loss per Average Share of Common Stock", XC_STMT_INCOME, NULL,
     "EarningsPerShareBasicAndDiluted"},
    {"Net income per share of common stock - diluted", XC_STMT_INCOME, NULL,
     "EarningsPerShareDiluted"},
    {"Earnings per weighted average common share outstanding", XC_STMT_INCOME, NULL,
     "EarningsPerShareBasicAndDiluted"},
    /* outside a balance sheet, a balance is the whole of it: "Deferred
     * revenue" among a quarter's key figures, and on the sheet the part
     * its section holds */
    {"Deferred revenue", XC_STMT_UNKNOWN, NULL, "DeferredRevenue"},
    {"Deferred revenue", XC_STMT_BALANCE, "Current liabilities:", "DeferredRevenueCurrent"},
    /* "X from continuing operations": X, of continuing operations where the
     * taxonomy has such a concept; not the words as a set ("Income from
     * Operations from Continuing Operations" is operating income) */
    {"Net Sales from Continuing Operations", XC_STMT_INCOME, NULL, "Revenues"},
    {"Income from Operations from Continuing Operations", XC_STMT_INCOME, NULL,
     "OperatingIncomeLoss"},
    {"Income Tax Expense from Continuing Operations", XC_STMT_INCOME, NULL,
     "IncomeTaxExpenseBenefit"},
    {"Net Income from Continuing Operations", XC_STMT_INCOME, NULL,
     "IncomeLossFromContinuingOperations"},
    {"Net Income per Diluted Share from Continuing Operations", XC_STMT_INCOME, NULL,
     "IncomeLossFromContinuingOperationsPerDilutedShare"},
    {"Diluted EPS - continuing operations", XC_STMT_INCOME, NULL,
     "IncomeLossFromContinuingOperationsPerDilutedShare"},
    {"Income from continuing operations", XC_STMT_INCOME, NULL,
     "IncomeLossFromContinuingOperations"},
    /* a balance "and other" adds minor items to the one it names */
    {"Accrued payroll and other", XC_STMT_BALANCE, NULL, "EmployeeRelatedLiabilitiesCurrent"},
    /* right-of-use assets that name no kind of lease are operating leases' */
    {"Right-of-use lease assets", XC_STMT_BALANCE, NULL, "OperatingLeaseRightOfUseAsset"},
    /* a liability that names no warrant is no warrant liability */
    {"Change in fair value of Earnout Liability", XC_STMT_INCOME, NULL, NULL},
    {"Changes in fair value of liabilities", XC_STMT_INCOME, NULL, NULL},
    {"Change in fair value of warrant liability", XC_STMT_INCOME, NULL,
     "FairValueAdjustmentOfWarrants"},
    /* capital assets are productive assets; a net change in debt nets
     * borrowings and repayments */
    {"Purchases of capital assets", XC_STMT_CASHFLOW, NULL, "PaymentsToAcquireProductiveAssets"},
    {"Net change in debt", XC_STMT_CASHFLOW, NULL, "ProceedsFromRepaymentsOfDebt"},
    /* per-share amounts attributable to the registrant (its name, which
     * the converter writes "Company") are the common shares' */
    {"Income (loss) per share attributable to Company - basic", XC_STMT_INCOME, NULL,
     "EarningsPerShareBasic"},
    {"Net income per share attributable to the Company: diluted", XC_STMT_INCOME, NULL,
     "EarningsPerShareDiluted"},
};

START_TEST(test_map)
{
    const xc_taxonomy *t = test_taxonomy();
    ck_assert_ptr_nonnull(t);
    xc_map_ctx ctx;
    memset(&ctx, 0, sizeof(ctx));
    ctx.statement = cases[_i].stmt;
    if (cases[_i].heading) {
        ctx.headings[0] = cases[_i].heading;
        ctx.nheadings = 1;
        /* (the interpreter reads a balance sheet's section off its heading) */
        if (cases[_i].stmt == XC_STMT_BALANCE && !strncmp(cases[_i].heading, "Current ", 8))
            ctx.term = XC_TERM_CURRENT;
    }
    xc_match m;
    int ok = xc_map_label(t, cases[_i].label, &ctx, &m);
    if (!cases[_i].concept) {
        ck_assert_msg(!ok, "%s mapped to %s", cases[_i].label,
                      ok ? t->concepts[m.concept].name : "");
        return;
    }
    ck_assert_msg(ok, "%s: no match", cases[_i].label);
    ck_assert_str_eq(t->concepts[m.concept].name, cases[_i].concept);
}
END_TEST

START_TEST(test_words)
{
    const xc_taxonomy *t = test_taxonomy();
    xc_words a, b;
    xc_words_of(t, "Total Shareholders' Equity (1)", 0, &a);
    xc_words_of(t, "stockholders equity", 0, &b);
    ck_assert(xc_words_equal(&a, &b));
    xc_words_free(&a);
    xc_words_free(&b);
    xc_words_of(t, "(Loss) Income", 0, &a);
    xc_words_of(t, "income (loss)", 0, &b);
    ck_assert(xc_words_equal(&a, &b));
    xc_words_free(&a);
    xc_words_free(&b);
}
END_TEST

/* The head noun: the last word before the first preposition that follows
 * a word; else the last word. */
START_TEST(test_words_head)
{
    const xc_taxonomy *t = test_taxonomy();
    static const char *const heads[][2] = {
        {"Less allowance for uncollectible accounts", "allowance"},
        {"Proceeds from sale of stores", "proceed"},
        {"Number of stores at end of period", "number"},
        {"Access lines in service (000)", "line"},
        {"Stores", "store"},
        {"Of which: customers", "customer"},
        {"Accounts receivable, net", "receivable"},
    };
    for (size_t i = 0; i < sizeof(heads) / sizeof(heads[0]); i++) {
        xc_word want = xc_word_id(heads[i][1], strlen(heads[i][1]));
        ck_assert_msg(xc_words_head(t, heads[i][0]) == want, "%s", heads[i][0]);
    }
    ck_assert(xc_words_head(t, "") == 0);
    xc_map_forget(t);
}
END_TEST

/* A balance-sheet section says current or non-current: "Deferred income
 * taxes" under "Current assets" is the current concept, after it the
 * non-current one. */
/* a total between the heading and the row has closed its section ("OTHER
 * INCOME, Net" after "INCOME FROM OPERATIONS", below "OPERATING EXPENSES:") */
START_TEST(test_map_closed)
{
    const xc_taxonomy *t = test_taxonomy();
    xc_map_ctx ctx;
    memset(&ctx, 0, sizeof(ctx));
    ctx.statement = XC_STMT_INCOME;
    ctx.headings[0] = "OPERATING EXPENSES:";
    ctx.nheadings = 1;
    xc_match m;
    ck_assert(xc_map_label(t, "OTHER INCOME, Net", &ctx, &m));
    ck_assert_str_eq(t->concepts[m.concept].name, "OtherOperatingIncomeExpenseNet");
    ctx.closed = 1;
    ck_assert(xc_map_label(t, "OTHER INCOME, Net", &ctx, &m));
    ck_assert_str_eq(t->concepts[m.concept].name, "OtherNonoperatingIncomeExpense");
    xc_map_forget(t);
}
END_TEST

/* An insurer's concepts fit an insurer's release only: "Acquisition costs"
 * is a REIT's or a buyer's business-combination costs, an insurer's
 * policy acquisition costs. */
/* Asserts that label maps to the concept (local name) in ctx. */
static void expect_concept(const xc_taxonomy *t, const xc_map_ctx *ctx, const char *label,
                           const char *concept)
{
    xc_match m;
    ck_assert_msg(xc_map_label(t, label, ctx, &m), "%s: no match", label);
    ck_assert_str_eq(t->concepts[m.concept].name, concept);
}

START_TEST(test_map_industry)
{
    const xc_taxonomy *t = test_taxonomy();
    xc_map_ctx ctx;
    memset(&ctx, 0, sizeof(ctx));
    ctx.statement = XC_STMT_INCOME;
    expect_concept(t, &ctx, "Acquisition costs", "BusinessCombinationAcquisitionRelatedCosts");
    ctx.industry = XC_IND_INSURANCE;
    expect_concept(t, &ctx, "Acquisition costs",
                   "DeferredPolicyAcquisitionCostAmortizationExpense");
    expect_concept(t, &ctx, "Policy acquisition costs",
                   "DeferredPolicyAcquisitionCostAmortizationExpense");
    /* an insurer's commissions are an expense of its policies */
    expect_concept(t, &ctx, "Commission Expenses", "InsuranceCommissions");
    expect_concept(t, &ctx, "Gross written premiums", "PremiumsWrittenGross");
    expect_concept(t, &ctx, "Net Losses and LAE", "PolicyholderBenefitsAndClaimsIncurredNet");
    expect_concept(t, &ctx, "Net Unrealized Gains (Losses) on Equity Securities",
                   "EquitySecuritiesFvNiUnrealizedGainLoss");
    /* an insurer's other expenses are its own concept, named alike */
    expect_concept(t, &ctx, "Other expenses", "OtherExpenses");
    ctx.industry = XC_IND_BANK;
    expect_concept(t, &ctx, "Acquisition costs", "BusinessCombinationAcquisitionRelatedCosts");
    expect_concept(t, &ctx, "Other expenses", "OtherNonoperatingIncomeExpense");
    /* a bank's older words for its allowance, and its net charge-offs */
    expect_concept(t, &ctx, "Net loan charge-offs",
                   "FinancingReceivableAllowanceForCreditLossWriteoffAfterRecovery");
    /* a bank's interest expense by what it pays on, and its equipment */
    ctx.headings[0] = "Interest expense:";
    ctx.nheadings = 1;
    expect_concept(t, &ctx, "Long-term debt", "InterestExpenseLongTermDebt");
    expect_concept(t, &ctx, "Short-term borrowings", "InterestExpenseShortTermBorrowings");
    expect_concept(t, &ctx, "Demand deposits", "InterestExpenseDemandDepositAccounts");
    expect_concept(t, &ctx, "Certificates and other time deposits", "InterestExpenseTimeDeposits");
    expect_concept(t, &ctx, "Savings and money market deposits",
                   "InterestExpenseNOWAccountsMoneyMarketAccountsAndSavingsDeposits");
    expect_concept(t, &ctx, "Junior subordinated debentures",
                   "InterestExpenseJuniorSubordinatedDebentures");
    ctx.headings[0] = "Interest income:";
    expect_concept(t, &ctx, "Federal funds sold", "InterestIncomeFederalFundsSold");
    ctx.nheadings = 0;
    expect_concept(t, &ctx, "Equipment expense", "EquipmentExpense");
    /* a bank's noninterest expenses as a 10-K's presentation names them */
    expect_concept(t, &ctx, "Occupancy and premises", "OccupancyNet");
    expect_concept(t, &ctx, "Federal deposit insurance",
                   "FederalDepositInsuranceCorporationPremiumExpense");
    expect_concept(t, &ctx, "Telephone and data communication",
                   "CommunicationsAndInformationTechnology");
    /* the costs of foreclosed property, and of deposits bought */
    expect_concept(t, &ctx, "Other real estate owned expense", "ForeclosedRealEstateExpense");
    expect_concept(t, &ctx, "OREO expense", "ForeclosedRealEstateExpense");
    expect_concept(t, &ctx, "Amortization of core deposit intangibles",
                   "AmortizationOfIntangibleAssets");
    /* a bank's gains on the loans it sells */
    expect_concept(t, &ctx, "Gain on sale of loans", "GainLossOnSalesOfLoansNet");
    expect_concept(t, &ctx, "Net gain on sales of mortgage loans", "GainLossOnSalesOfLoansNet");
    ctx.statement = XC_STMT_BALANCE;
    expect_concept(t, &ctx, "Loan loss reserve", "FinancingReceivableAllowanceForCreditLosses");
    xc_map_forget(t);
}
END_TEST

/* Words of 2026 releases: term loans, asset-based (ABL) revolvers, taxes
 * receivable, lease revenues, net periodic pension cost */
START_TEST(test_map_debt_words)
{
    const xc_taxonomy *t = test_taxonomy();
    xc_map_ctx ctx;
    memset(&ctx, 0, sizeof(ctx));
    ctx.statement = XC_STMT_BALANCE;
    ctx.side = XC_SIDE_LIABILITY;
    ctx.term = 1;
    expect_concept(t, &ctx, "Current portion of Term Loan", "LongTermDebtCurrent");
    ctx.term = 2;
    expect_concept(t, &ctx, "Term Loan, net", "LongTermDebtNoncurrent");
    expect_concept(t, &ctx, "ABL Facility", "LineOfCredit");
    ctx.side = XC_SIDE_ASSET;
    ctx.term = 1;
    expect_concept(t, &ctx, "Taxes receivable", "IncomeTaxesReceivable");
    ctx.side = 0;
    ctx.term = 0;
    ctx.statement = XC_STMT_CASHFLOW;
    expect_concept(t, &ctx, "Proceeds from ABL Facility", "ProceedsFromLinesOfCredit");
    expect_concept(t, &ctx, "Payments of ABL Facility", "RepaymentsOfLinesOfCredit");
    expect_concept(t, &ctx, "Additions to fixed assets", "PaymentsToAcquirePropertyPlantAndEquipment");
    expect_concept(t, &ctx, "Net periodic pension cost", "DefinedBenefitPlanNetPeriodicBenefitCost");
    ctx.statement = XC_STMT_INCOME;
    expect_concept(t, &ctx, "Lease revenues and fees", "OperatingLeaseLeaseIncome");
    expect_concept(t, &ctx, "Foreign currency exchange loss",
                   "ForeignCurrencyTransactionGainLossBeforeTax");
    ctx.statement = XC_STMT_CASHFLOW;
    expect_concept(t, &ctx, "Purchase of treasury shares", "PaymentsForRepurchaseOfCommonStock");
    expect_concept(t, &ctx, "Provision for expected credit losses", "ProvisionForDoubtfulAccounts");
    expect_concept(t, &ctx, "Principal payments on term notes", "RepaymentsOfLongTermDebt");
    expect_concept(t, &ctx, "Shares redeemed to pay income tax",
                   "PaymentsRelatedToTaxWithholdingForShareBasedCompensation");
    expect_concept(t, &ctx, "Payments for share repurchase programs",
                   "PaymentsForRepurchaseOfCommonStock");
    expect_concept(t, &ctx, "Investment in equity investments",
                   "PaymentsToAcquireEquityMethodInvestments");
    /* (what the period is, inside the label: the context says it) */
    expect_concept(t, &ctx, "Cash paid during the period for interest", "InterestPaidNet");
    ctx.statement = XC_STMT_COMPREHENSIVE;
    expect_concept(t, &ctx, "Unrealized (loss) / gain on cash flow hedging instruments, net of tax",
                   "OtherComprehensiveIncomeLossCashFlowHedgeGainLossAfterReclassificationAndTax");
    ctx.statement = XC_STMT_INCOME;
    /* (the pension cost's other components keep their own concept) */
    expect_concept(t, &ctx, "Other components of net periodic pension cost",
                   "DefinedBenefitPlanNetPeriodicBenefitCostCreditExcludingServiceCost");
    xc_map_forget(t);
}
END_TEST

/* A balance that a label names with no term takes its section's: the
 * current or noncurrent twin of the concept its words name; a label that
 * leaves out the current part is noncurrent, in any section */
START_TEST(test_map_term_twin)
{
    const xc_taxonomy *t = test_taxonomy();
    xc_map_ctx ctx;
    memset(&ctx, 0, sizeof(ctx));
    ctx.statement = XC_STMT_BALANCE;
    ctx.side = XC_SIDE_LIABILITY;
    ctx.term = XC_TERM_CURRENT;
    expect_concept(t, &ctx, "Operating lease liabilities", "OperatingLeaseLiabilityCurrent");
    expect_concept(t, &ctx, "Operating lease obligations - current portion",
                   "OperatingLeaseLiabilityCurrent");
    expect_concept(t, &ctx, "Notes payable", "NotesPayableCurrent");
    ctx.term = XC_TERM_NONCURRENT;
    expect_concept(t, &ctx, "Operating lease liabilities", "OperatingLeaseLiabilityNoncurrent");
    expect_concept(t, &ctx, "Notes payable, net of current portion", "LongTermNotesPayable");
    ctx.term = 0;
    expect_concept(t, &ctx, "Notes payable, less current portion", "LongTermNotesPayable");
    ctx.side = XC_SIDE_ASSET;
    ctx.term = XC_TERM_CURRENT;
    expect_concept(t, &ctx, "Contract costs", "CapitalizedContractCostNetCurrent");
    expect_concept(t, &ctx, "Contract costs, net of current portion",
                   "CapitalizedContractCostNetNoncurrent");
    ctx.side = XC_SIDE_EQUITY;
    ctx.term = 0;
    /* (minority and noncontrolling interests are one) */
    expect_concept(t, &ctx, "Noncontrolling interest in subsidiaries", "MinorityInterest");
    ctx.side = XC_SIDE_ASSET;
    ctx.term = XC_TERM_CURRENT;
    /* (an alias that names its term keeps it) */
    expect_concept(t, &ctx, "Deferred contract costs noncurrent",
                   "CapitalizedContractCostNetNoncurrent");
    xc_map_forget(t);
}
END_TEST

START_TEST(test_map_term)
{
    const xc_taxonomy *t = test_taxonomy();
    xc_map_ctx ctx;
    memset(&ctx, 0, sizeof(ctx));
    ctx.statement = XC_STMT_BALANCE;
    ctx.side = XC_SIDE_ASSET;
    ctx.term = 1;
    ctx.headings[0] = "Current assets";
    ctx.nheadings = 1;
    xc_match m;
    ck_assert(xc_map_label(t, "Deferred income taxes", &ctx, &m));
    ck_assert_str_eq(t->concepts[m.concept].name, "DeferredTaxAssetsNetCurrent");
    ctx.term = 2;
    ctx.nheadings = 0;
    ck_assert(xc_map_label(t, "Deferred income taxes", &ctx, &m));
    ck_assert_str_eq(t->concepts[m.concept].name, "DeferredIncomeTaxAssetsNet");
    /* a bare "Other" is the side's other item, current or not */
    ck_assert(xc_map_label(t, "Other", &ctx, &m));
    ck_assert_str_eq(t->concepts[m.concept].name, "OtherAssetsNoncurrent");
    ck_assert_str_eq(m.rule, "side");
    ctx.side = XC_SIDE_LIABILITY;
    ctx.term = 1;
    ck_assert(xc_map_label(t, "Other", &ctx, &m));
    ck_assert_str_eq(t->concepts[m.concept].name, "OtherLiabilitiesCurrent");
    ck_assert(xc_map_label(t, "Derivative liabilities", &ctx, &m));
    ck_assert_str_eq(t->concepts[m.concept].name, "DerivativeLiabilitiesCurrent");
    ctx.term = 2;
    ck_assert(xc_map_label(t, "Derivative liabilities", &ctx, &m));
    ck_assert_str_eq(t->concepts[m.concept].name, "DerivativeLiabilitiesNoncurrent");
    ctx.statement = XC_STMT_INCOME;
    ctx.side = XC_SIDE_NONE;
    ck_assert(!xc_map_label(t, "Other", &ctx, &m));
    xc_map_forget(t);
}
END_TEST

/* A balance sheet without current sections (a bank's, an insurer's) has
 * concepts of its own: "Other assets" there is OtherAssets, on a
 * classified sheet the non-current concept; a bare "Other" is the rest of
 * the side either way. */
START_TEST(test_map_unclassified)
{
    const xc_taxonomy *t = test_taxonomy();
    xc_map_ctx ctx;
    memset(&ctx, 0, sizeof(ctx));
    ctx.statement = XC_STMT_BALANCE;
    ctx.side = XC_SIDE_ASSET;
    ctx.term = XC_TERM_UNCLASSIFIED;
    expect_concept(t, &ctx, "Other assets", "OtherAssets");
    expect_concept(t, &ctx, "Other", "OtherAssets");
    expect_concept(t, &ctx, "Goodwill", "Goodwill");
    ctx.side = XC_SIDE_LIABILITY;
    expect_concept(t, &ctx, "Other liabilities", "OtherLiabilities");
    expect_concept(t, &ctx, "Accrued expenses and other liabilities",
                   "AccruedLiabilitiesCurrentAndNoncurrent");
    expect_concept(t, &ctx, "Accounts payable and accrued expenses",
                   "AccountsPayableAndAccruedLiabilitiesCurrentAndNoncurrent");
    /* a concept that has no unclassified twin keeps its reading */
    expect_concept(t, &ctx, "Accounts payable", "AccountsPayableCurrent");
    for (int term = XC_TERM_ANY; term <= XC_TERM_NONCURRENT; term++) {
        ctx.term = term;
        expect_concept(t, &ctx, "Accounts payable and accrued expenses",
                       "AccountsPayableAndAccruedLiabilitiesCurrent");
    }
    expect_concept(t, &ctx, "Other liabilities", "OtherLiabilitiesNoncurrent");
    ctx.term = XC_TERM_ANY;
    expect_concept(t, &ctx, "Other liabilities", "OtherLiabilitiesNoncurrent");
    ctx.side = XC_SIDE_ASSET;
    expect_concept(t, &ctx, "Other assets", "OtherAssetsNoncurrent");
    xc_map_forget(t);
}
END_TEST

static void expect_not_rest(const xc_taxonomy *t, const xc_map_ctx *ctx, const char *label)
{
    xc_match m;
    if (xc_map_label(t, label, ctx, &m))
        ck_assert_msg(!t->concepts[m.concept].rest, "%s: %s", label, t->concepts[m.concept].name);
}

/* A line that ends in "and other liabilities" (or assets) and that no name
 * fits exactly is the rest of its side, in the term it names or its
 * section's; not where the items before it are of another side. */
START_TEST(test_map_rest_of_side)
{
    const xc_taxonomy *t = test_taxonomy();
    xc_map_ctx ctx;
    memset(&ctx, 0, sizeof(ctx));
    ctx.statement = XC_STMT_BALANCE;
    ctx.side = XC_SIDE_LIABILITY;
    ctx.term = XC_TERM_UNCLASSIFIED;
    expect_concept(t, &ctx, "Accrued interest payable and other liabilities", "OtherLiabilities");
    expect_concept(t, &ctx, "Deferred income taxes and other non-current liabilities",
                   "OtherLiabilitiesNoncurrent");
    ctx.term = XC_TERM_NONCURRENT;
    expect_concept(t, &ctx, "Deferred tax liabilities and other liabilities",
                   "OtherLiabilitiesNoncurrent");
    expect_not_rest(t, &ctx, "Minority interest and other liabilities");
    ctx.side = XC_SIDE_ASSET;
    ctx.term = XC_TERM_UNCLASSIFIED;
    expect_concept(t, &ctx, "Accrued interest receivable and other assets", "OtherAssets");
    /* an exact name stands */
    expect_concept(t, &ctx, "Tradenames and other intangible assets",
                   "IntangibleAssetsNetExcludingGoodwill");
    ctx.side = XC_SIDE_EQUITY;
    expect_not_rest(t, &ctx, "Accrued interest receivable and other assets");
    xc_map_forget(t);
}
END_TEST

/* A classified balance-sheet item and its twins: the section says which
 * ("Restricted cash" among non-current assets), and a sheet without
 * sections takes the concept that is neither current nor non-current (an
 * insurer's "Long-term debt": all of it). A bare "Other" under a heading
 * that names only the side is the side's rest. */
START_TEST(test_map_term_twins)
{
    static const struct {
        const char *label;
        xc_side side;
        const char *concept[3]; /* current, noncurrent, unclassified */
    } twins[] = {
        {"Restricted cash", XC_SIDE_ASSET,
         {"RestrictedCashCurrent", "RestrictedCashNoncurrent", "RestrictedCash"}},
        {"Deferred revenue", XC_SIDE_LIABILITY,
         {"DeferredRevenueCurrent", "DeferredRevenueNoncurrent", "DeferredRevenue"}},
        {"Contract liabilities", XC_SIDE_LIABILITY,
         {"ContractWithCustomerLiabilityCurrent", "ContractWithCustomerLiabilityNoncurrent",
          "ContractWithCustomerLiability"}},
        {"Income taxes payable", XC_SIDE_LIABILITY,
         {"AccruedIncomeTaxesCurrent", "AccruedIncomeTaxesNoncurrent", "AccruedIncomeTaxes"}},
        {"Prepaid expenses", XC_SIDE_ASSET,
         {"PrepaidExpenseCurrent", "PrepaidExpenseNoncurrent",
          "PrepaidExpenseCurrentAndNoncurrent"}},
    };
    static const int terms[3] = {XC_TERM_CURRENT, XC_TERM_NONCURRENT, XC_TERM_UNCLASSIFIED};
    const xc_taxonomy *t = test_taxonomy();
    xc_map_ctx ctx;
    memset(&ctx, 0, sizeof(ctx));
    ctx.statement = XC_STMT_BALANCE;
    for (size_t i = 0; i < sizeof(twins) / sizeof(*twins); i++)
        for (int k = 0; k < 3; k++) {
            ctx.side = twins[i].side;
            ctx.term = terms[k];
            expect_concept(t, &ctx, twins[i].label, twins[i].concept[k]);
        }
    /* an insurer's "Long-term debt" is all of it, current or not */
    ctx.side = XC_SIDE_LIABILITY;
    ctx.term = XC_TERM_NONCURRENT;
    expect_concept(t, &ctx, "Long-term debt", "LongTermDebtNoncurrent");
    ctx.term = XC_TERM_UNCLASSIFIED;
    expect_concept(t, &ctx, "Long-term debt", "LongTermDebt");
    ctx.term = XC_TERM_CURRENT;
    ctx.headings[0] = "LIABILITIES AND SHAREHOLDERS' EQUITY";
    ctx.nheadings = 1;
    expect_concept(t, &ctx, "Other", "OtherLiabilitiesCurrent");
    xc_map_forget(t);
}
END_TEST

/* A utility's balance sheet: capitalization (equity and long-term debt)
 * is no grand total, which is "Total capitalization and liabilities". */
START_TEST(test_map_utility)
{
    const xc_taxonomy *t = test_taxonomy();
    xc_map_ctx ctx;
    memset(&ctx, 0, sizeof(ctx));
    ctx.statement = XC_STMT_BALANCE;
    expect_concept(t, &ctx, "Total capitalization", "CapitalizationLongtermDebtAndEquity");
    expect_concept(t, &ctx, "Total Capitalization and Liabilities",
                   "LiabilitiesAndStockholdersEquity");
    expect_concept(t, &ctx, "Total common shareholders' equity", "StockholdersEquity");
    expect_concept(t, &ctx, "Utility plant, at original cost",
                   "PublicUtilitiesPropertyPlantAndEquipmentPlantInService");
    expect_concept(t, &ctx, "Total utility plant, net", "PublicUtilitiesPropertyPlantAndEquipmentNet");
    expect_concept(t, &ctx, "Nuclear decommissioning trust funds", "DecommissioningFundInvestments");
    ctx.side = XC_SIDE_LIABILITY;
    ctx.term = XC_TERM_CURRENT;
    expect_concept(t, &ctx, "Accrued taxes", "TaxesPayableCurrent");
    memset(&ctx, 0, sizeof(ctx));
    ctx.statement = XC_STMT_INCOME;
    expect_concept(t, &ctx, "Cost of natural gas",
                   "UtilitiesOperatingExpenseGasAndPetroleumPurchased");
    xc_map_forget(t);
}
END_TEST

/* A row known to be per share is neither money nor a share count:
 * "Diluted" under "Per share amounts:" is no diluted share count (its 0.59
 * would be 590,000 shares in millions), under "Net income" it is EPS. */
START_TEST(test_map_per_share)
{
    const xc_taxonomy *t = test_taxonomy();
    xc_map_ctx ctx;
    memset(&ctx, 0, sizeof(ctx));
    ctx.statement = XC_STMT_INCOME;
    ctx.per_share = 1;
    ctx.headings[0] = "Per share amounts:";
    ctx.nheadings = 1;
    xc_match m;
    if (xc_map_label(t, "Diluted", &ctx, &m))
        ck_assert_int_eq(t->concepts[m.concept].type, XC_TYPE_PERSHARE);
    ctx.headings[0] = "Net income";
    ck_assert(xc_map_label(t, "Diluted", &ctx, &m));
    ck_assert_str_eq(t->concepts[m.concept].name, "EarningsPerShareDiluted");
    xc_map_forget(t);
}
END_TEST

/* Remembered answers: the same label in another context is mapped anew,
 * a repeated question gets the first answer, and forgetting changes
 * nothing but speed; remembered words come out as scanned words do. */
START_TEST(test_map_memo)
{
    const xc_taxonomy *t = test_taxonomy();
    xc_map_forget(t);
    xc_map_ctx liab, assets;
    memset(&liab, 0, sizeof(liab));
    liab.statement = XC_STMT_BALANCE;
    liab.headings[0] = "Current liabilities";
    liab.nheadings = 1;
    assets = liab;
    assets.headings[0] = "Current assets";
    xc_match a1, a2, b1, b2;
    ck_assert(xc_map_label(t, "Other", &liab, &a1));
    ck_assert(xc_map_label(t, "Other", &assets, &b1));
    ck_assert_int_ne(a1.concept, b1.concept);
    ck_assert(xc_map_label(t, "Other", &liab, &a2)); /* remembered */
    ck_assert_int_eq(a1.concept, a2.concept);
    ck_assert_int_eq(a1.score, a2.score);
    ck_assert_str_eq(a1.rule, a2.rule);
    xc_map_forget(t);
    ck_assert(xc_map_label(t, "Other", &assets, &b2)); /* afresh */
    ck_assert_int_eq(b1.concept, b2.concept);

    xc_words w1, w2, w3;
    xc_words_of(t, "Net sales and sales of services", 1, &w1); /* scanned */
    xc_words_of(t, "Net sales and sales of services", 1, &w2); /* remembered */
    xc_words_of(t, "Net sales and sales of services", 0, &w3); /* as a set */
    ck_assert_int_eq(w1.n, w2.n);
    ck_assert(!memcmp(w1.w, w2.w, (size_t)w1.n * sizeof(xc_word)));
    ck_assert_int_lt(w3.n, w1.n); /* "sale" once */
    for (int i = 1; i < w3.n; i++)
        ck_assert(w3.w[i - 1] < w3.w[i]);
    xc_words_free(&w1);
    xc_words_free(&w2);
    xc_words_free(&w3);
    xc_map_forget(t);
}
END_TEST

/* Normalised text: "&" is "and", "non-" joins, apostrophes vanish,
 * plurals are singular, a trailing "net" goes. */
START_TEST(test_words_text)
{
    const xc_taxonomy *t = test_taxonomy();
    char *s = xc_words_text(NULL, "R&D Expenses, net");
    ck_assert_str_eq(s, "r and d expense");
    free(s);
    s = xc_words_text(NULL, "Non-current liabilities (in millions)");
    ck_assert_str_eq(s, "noncurrent liability");
    free(s);
    s = xc_words_text(NULL, "Company\xE2\x80\x99s  BOXES*");
    ck_assert_str_eq(s, "company box");
    free(s);
    s = xc_words_text(NULL, "");
    ck_assert_str_eq(s, "");
    free(s);
    xc_words a, b;
    xc_words_of(t, "Pretax income", 0, &a); /* a synonym of two words */
    xc_words_of(t, "income pre tax", 0, &b);
    ck_assert(xc_words_equal(&a, &b));
    ck_assert(xc_words_has(&a, "income"));
    ck_assert(!xc_words_has(&a, "pretax"));
    xc_words_free(&a);
    xc_words_free(&b);
    /* long labels leave the stack buffers: 300 words, 150 distinct */
    char big[300 * 6 + 1];
    size_t n = 0;
    for (int i = 0; i < 300; i++)
        n += (size_t)snprintf(big + n, sizeof(big) - n, "w%03d ", i % 150);
    xc_words_of(t, big, 1, &a);
    ck_assert_int_eq(a.n, 300);
    xc_words_of(t, big, 0, &b);
    ck_assert_int_eq(b.n, 150);
    for (int i = 1; i < b.n; i++)
        ck_assert(b.w[i - 1] < b.w[i]);
    xc_words_free(&a);
    xc_words_free(&b);
}
END_TEST

/* Every concept's own label maps to a concept on the label rule: the
 * table of alias word sets finds each one. */
START_TEST(test_map_own_labels)
{
    const xc_taxonomy *t = test_taxonomy();
    int checked = 0;
    for (size_t i = 0; i < t->nconcepts; i++) {
        const xc_concept *c = &t->concepts[i];
        xc_map_ctx ctx = {0};
        ctx.statement = XC_STMT_UNKNOWN;
        ctx.industry = c->industry; /* an industry's concepts fit its releases */
        if (c->term == XC_TERM_UNCLASSIFIED) /* and a concept of unclassified sheets, those */
            ctx.term = XC_TERM_UNCLASSIFIED;
        xc_match m;
        if (!c->label || !strcmp(c->label, c->name))
            continue;
        ck_assert_msg(xc_map_label(t, c->label, &ctx, &m), "%s", c->label);
        ck_assert_msg(m.score == 100, "%s: %d", c->label, m.score);
        ck_assert_str_eq(m.rule, "label");
        checked++;
    }
    ck_assert_int_gt(checked, 100);
}
END_TEST

START_TEST(test_calc_tree)
{
    const xc_taxonomy *t = test_taxonomy();
    int cs[2] = {xc_taxonomy_find(t, "InventoryNet"), xc_taxonomy_find(t, "OtherAssetsNoncurrent")};
    int lca = xc_taxonomy_common_parent(t, cs, 2);
    ck_assert_int_ge(lca, 0);
    ck_assert_str_eq(t->concepts[lca].name, "Assets");
    ck_assert_str_eq(t->statements ? "ok" : "no", "ok");
    ck_assert_str_eq(xc_taxonomy_exchange(t, "Nasdaq NM"), "NASDAQ");
    ck_assert_int_eq(xc_taxonomy_statement_of(t, "Consolidated Statements of Operations"),
                     XC_STMT_INCOME);
    ck_assert_int_eq(xc_taxonomy_statement_of(t, "CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS"),
                     XC_STMT_CASHFLOW);
    ck_assert_int_eq(xc_taxonomy_statement_of(t, "Consolidated Statement of Profit or Loss"),
                     XC_STMT_INCOME);
    ck_assert_int_eq(xc_taxonomy_statement_of(t, "Consolidated Statements of Comprehensive Income"),
                     XC_STMT_COMPREHENSIVE);
    /* a sum by any of the calculation's trees: revenues are gross profit's
     * item first, and revenues net of interest expense's too */
    int rev[2] = {xc_taxonomy_find(t, "Revenues"), xc_taxonomy_find(t, "InterestExpense")};
    int w[2] = {1, -1};
    int sum = xc_taxonomy_sum_of(t, rev, w, 2);
    ck_assert_int_ge(sum, 0);
    ck_assert_str_eq(t->concepts[sum].name, "RevenuesNetOfInterestExpense");
    ck_assert_str_eq(t->concepts[t->concepts[rev[0]].parent].name, "GrossProfit");
    w[1] = 1;
    ck_assert_int_eq(xc_taxonomy_sum_of(t, rev, w, 2), -1);
}
END_TEST

/* A child read from its parent: a label that is a kind of one child's
 * alias takes it; one that merely shares a word with the children takes
 * none ("Operating expenses" is no kind of selling, general and
 * administrative expense). */
START_TEST(test_map_child)
{
    const xc_taxonomy *t = test_taxonomy();
    int rec = xc_taxonomy_find(t, "ReceivablesNetCurrent");
    int ar = xc_map_child(t, "Net credit card receivables", rec, 0, NULL);
    ck_assert_int_ge(ar, 0);
    ck_assert_str_eq(t->concepts[ar].name, "AccountsReceivableNetCurrent");
    int opex = xc_taxonomy_find(t, "OperatingExpenses");
    ck_assert_int_eq(xc_map_child(t, "Operating expenses", opex, 0, NULL), -1);
    int ppe = xc_map_child(t, "Plant, property and equipment",
                           xc_taxonomy_find(t, "PropertyPlantAndEquipmentNet"), 0, NULL);
    ck_assert_int_ge(ppe, 0);
    ck_assert_str_eq(t->concepts[ppe].name, "PropertyPlantAndEquipmentGross");
}
END_TEST

/* Row names of standard members, from the vocabulary's axes. */
START_TEST(test_axis_members)
{
    const xc_taxonomy *t = test_taxonomy();
    static const char *const names[][2] = {
        {"Products", "us-gaap:ProductMember"},
        {"Cost of services", "us-gaap:ServiceMember"},
        {"Services and other", "us-gaap:ServiceOtherMember"},
        {"Subscription", "us-gaap:SubscriptionAndCirculationMember"},
        {"License revenues", "us-gaap:LicenseMember"},
    };
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        const xc_axis_member *am = xc_taxonomy_member(t, names[i][0]);
        ck_assert_msg(am != NULL, "%s names no member", names[i][0]);
        ck_assert_str_eq(am->member, names[i][1]);
        ck_assert_str_eq(am->axis, "srt:ProductOrServiceAxis");
    }
    ck_assert_ptr_null(xc_taxonomy_member(t, "Net sales"));
    ck_assert_ptr_null(xc_taxonomy_member(t, "Services revenue growth"));
}
END_TEST

/* Classes of stock named beside a concept, as printed and whole words */
START_TEST(test_qualifiers)
{
    const xc_taxonomy *t = test_taxonomy();
    char rest[64];
    int n;
    const xc_axis_member *am = xc_taxonomy_qualifier(t, "Common stock - Class B", rest,
                                                     sizeof(rest), &n);
    ck_assert_ptr_nonnull(am);
    ck_assert_str_eq(am->member, "us-gaap:CommonClassBMember");
    ck_assert_str_eq(am->axis, "us-gaap:StatementClassOfStockAxis");
    ck_assert_str_eq(rest, "Common stock - ");
    am = xc_taxonomy_qualifier(t, "class a common stock", rest, sizeof(rest), &n);
    ck_assert_ptr_nonnull(am);
    ck_assert_str_eq(am->member, "us-gaap:CommonClassAMember");
    /* two classes at once, or none */
    ck_assert_ptr_null(xc_taxonomy_qualifier(t, "Class A and B common stock", rest,
                                             sizeof(rest), &n));
    ck_assert_int_eq(n, 2);
    ck_assert_ptr_null(xc_taxonomy_qualifier(t, "Net income per share of Class A and Class B",
                                             rest, sizeof(rest), &n));
    ck_assert_int_eq(n, 2);
    ck_assert_ptr_null(xc_taxonomy_qualifier(t, "Class Action settlement", rest,
                                             sizeof(rest), &n));
    ck_assert_int_eq(n, 0);
    ck_assert_ptr_null(xc_taxonomy_member(t, "Class A"));
}
END_TEST

/* Labels that place an instant: a balance at a period's end or start, or
 * at a day the label names */
START_TEST(test_places_instant)
{
    ck_assert(xc_places_instant("Cash and cash equivalents, end of period"));
    ck_assert(xc_places_instant("Homes at end of period"));
    ck_assert(xc_places_instant("Total student enrollment at September 30"));
    ck_assert(xc_places_instant("Backlog as of Dec. 31"));
    ck_assert(!xc_places_instant("Net income"));
    ck_assert(!xc_places_instant("Revenue at March stores"));
    ck_assert(!xc_places_instant("Weekend sales"));
    /* a day set off by a comma names the balance's, as "at" does */
    ck_assert(xc_places_instant("Cash and cash equivalents, December 31"));
    ck_assert(!xc_places_instant("Sales, March 2004"));
    /* the end of a span of time: "period end", "year end" */
    ck_assert(xc_places_instant("Cash and cash equivalents (as of period end)"));
    ck_assert(xc_places_instant("Members at year end"));
    ck_assert(!xc_places_instant("Period ended sales"));
}
END_TEST

/* The day a label places its balance at: month, day and the year when it
 * says one; a month with no day is none */
START_TEST(test_label_date)
{
    xc_label_day d;
    ck_assert(xc_label_date("Cash and cash equivalents at January 1", &d));
    ck_assert_int_eq(d.month, 1);
    ck_assert_int_eq(d.day, 1);
    ck_assert_int_eq(d.year, 0);
    ck_assert(xc_label_date("Cash, Dec. 31, 2003", &d));
    ck_assert_int_eq(d.month, 12);
    ck_assert_int_eq(d.day, 31);
    ck_assert_int_eq(d.year, 2003);
    ck_assert_int_eq((int)d.at, 6);
    ck_assert(xc_label_date("Backlog as of June 30", &d));
    ck_assert(!xc_label_date("Cash at end of period", &d));
    ck_assert(!xc_label_date("Enrollment at March 2004", &d));
    ck_assert(!xc_label_date("Net sales", &d));
}
END_TEST

/* Currencies: named in a scale note (the first named, parentheses and
 * all), or alone over a column */
START_TEST(test_currencies)
{
    const xc_taxonomy *t = test_taxonomy();
    ck_assert_str_eq(xc_taxonomy_currency_in(t, "(in millions of euros)"), "EUR");
    ck_assert_str_eq(xc_taxonomy_currency_in(t, "(In thousands of RMB, except per share data)"),
                     "CNY");
    ck_assert_str_eq(xc_taxonomy_currency_in(
                         t, "(Amounts in thousands of Renminbi and U.S. dollars (\"US$\"))"),
                     "CNY");
    ck_assert_str_eq(xc_taxonomy_currency_in(t, "(in thousands of US$, except RMB)"), "USD");
    /* an ISO code names its currency too */
    ck_assert_str_eq(xc_taxonomy_currency_in(t, "(in CAD$ thousands)"), "CAD");
    ck_assert_str_eq(xc_taxonomy_currency_in(t, "(in thousands of CHF)"), "CHF");
    ck_assert_str_eq(
        xc_taxonomy_currency_in(t, "[unaudited, in thousands of Canadian dollars]"), "CAD");
    ck_assert_str_eq(xc_taxonomy_currency_in(t, "[in millions of euros]"), "EUR");
    ck_assert_ptr_null(xc_taxonomy_currency_in(t, "(in thousands, except per share data)"));
    ck_assert_str_eq(xc_taxonomy_currency_alone(t, "RMB"), "CNY");
    ck_assert_str_eq(xc_taxonomy_currency_alone(t, "(US$)"), "USD");
    ck_assert_str_eq(xc_taxonomy_currency_alone(t, "HKD"), "HKD");
    ck_assert_ptr_null(xc_taxonomy_currency_alone(t, "$"));
    ck_assert_ptr_null(xc_taxonomy_currency_alone(t, "RMB Segment"));
    ck_assert_ptr_null(xc_taxonomy_currency_alone(t, "Domestic"));
}
END_TEST

START_TEST(test_sense)
{
    const xc_taxonomy *t = test_taxonomy();
    static const struct {
        const char *text;
        xc_balance side;
    } senses[] = {
        {"Other (income) expense, net", XC_BAL_DEBIT},
        {"Nonoperating (income) expense:", XC_BAL_DEBIT},
        {"Net income (loss)", XC_BAL_CREDIT},
        {"(Loss) income from operations", XC_BAL_CREDIT},
        {"Income tax (expense) benefit", XC_BAL_CREDIT},
        {"(Benefit) provision for income taxes", XC_BAL_DEBIT},
        {"(Gain) loss on sale of assets", XC_BAL_DEBIT},
        {"Income before income taxes", XC_BAL_NONE},
        {"Accounts receivable (net)", XC_BAL_NONE},
        {"Equity in (losses) of affiliates", XC_BAL_NONE},
    };
    for (size_t i = 0; i < sizeof(senses) / sizeof(senses[0]); i++)
        ck_assert_msg(xc_taxonomy_sense(t, senses[i].text) == senses[i].side, "%s",
                      senses[i].text);
    ck_assert(xc_taxonomy_senses(t, "Interest income"));
    ck_assert(!xc_taxonomy_senses(t, "Other, net"));
}
END_TEST

START_TEST(test_bad_taxonomy)
{
    xc_diag d;
    xc_diag_init(&d);
    ck_assert_ptr_null(xc_taxonomy_load("/nonexistent", &d));
    ck_assert_uint_eq(d.errors, 1);
    ck_assert_int_eq(d.items[0].code, XC_ETAXONOMY);
    xc_diag_free(&d);
}
END_TEST

/* The start of a test's us-gaap.xml. */
#define TAXONOMY_OPEN \
    "<taxonomy xmlns=\"urn:xbrlconv:taxonomy:1\" prefix=\"us-gaap\"\n" \
    "          namespace=\"http://fasb.org/us-gaap/2025\" schema=\"s.xsd\">\n"

/* Loads a taxonomy made of the two texts from a fresh folder, which it
 * removes afterwards. */
static xc_taxonomy *load_texts(const char *usgaap, const char *vocabulary, xc_diag *d)
{
    char dir[] = "/tmp/xc_taxXXXXXX";
    ck_assert_ptr_nonnull(mkdtemp(dir));
    char paths[2][64];
    const char *texts[2] = {usgaap, vocabulary};
    snprintf(paths[0], sizeof(paths[0]), "%s/us-gaap.xml", dir);
    snprintf(paths[1], sizeof(paths[1]), "%s/vocabulary.xml", dir);
    for (int i = 0; i < 2; i++) {
        FILE *f = fopen(paths[i], "w");
        ck_assert_ptr_nonnull(f);
        fputs(texts[i], f);
        fclose(f);
    }
    xc_taxonomy *t = xc_taxonomy_load(dir, d);
    remove(paths[0]);
    remove(paths[1]);
    rmdir(dir);
    return t;
}

/* A concept entered twice is an error at its second entry's line. */
START_TEST(test_taxonomy_concept_twice)
{
    xc_diag d;
    xc_diag_init(&d);
    ck_assert_ptr_null(load_texts(
        TAXONOMY_OPEN
        "  <concept name=\"Revenues\" type=\"monetary\" period=\"duration\"/>\n"
        "  <concept name=\"Revenues\" type=\"monetary\" period=\"duration\"/>\n"
        "</taxonomy>\n",
        "<vocabulary xmlns=\"urn:xbrlconv:taxonomy:1\"/>\n", &d));
    ck_assert_uint_ge(d.errors, 1);
    ck_assert_int_eq(d.items[0].code, XC_ETAXONOMY);
    ck_assert_int_eq(d.items[0].line, 4);
    ck_assert_ptr_nonnull(strstr(d.items[0].message, "concept defined twice: Revenues"));
    xc_diag_free(&d);
}
END_TEST

/* An axis that splits a concept us-gaap.xml does not define is an error,
 * not a rule that silently never applies. */
START_TEST(test_taxonomy_axis_splits)
{
    xc_diag d;
    xc_diag_init(&d);
    ck_assert_ptr_null(load_texts(
        TAXONOMY_OPEN
        "  <concept name=\"Revenues\" type=\"monetary\" period=\"duration\"/>\n"
        "</taxonomy>\n",
        "<vocabulary xmlns=\"urn:xbrlconv:taxonomy:1\">\n"
        "  <axis name=\"srt:ProductOrServiceAxis\" namespace=\"http://fasb.org/srt/2025\"\n"
        "        splits=\"Revenues CostOfRevenue\">\n"
        "    <member name=\"us-gaap:ProductMember\"><alias>Products</alias></member>\n"
        "  </axis>\n"
        "</vocabulary>\n", &d));
    ck_assert_uint_eq(d.errors, 1);
    ck_assert_int_eq(d.items[0].code, XC_ETAXONOMY);
    ck_assert_ptr_nonnull(strstr(d.items[0].message, "does not define"));
    xc_diag_free(&d);
    /* the shipped one: its product members split revenues and their
     * costs, not operating expenses */
    const xc_taxonomy *t = test_taxonomy();
    const xc_axis_member *am = xc_taxonomy_member(t, "Maintenance");
    ck_assert_ptr_nonnull(am);
    ck_assert(xc_axis_splits(t, am, xc_taxonomy_find(t, "CostOfRevenue")));
    ck_assert(xc_axis_splits(t, am, xc_taxonomy_find(t, "CostOfGoodsAndServicesSold")));
    ck_assert(!xc_axis_splits(t, am, xc_taxonomy_find(t, "OperatingExpenses")));
}
END_TEST

static void teardown(void)
{
}

Suite *mapper_suite(void)
{
    Suite *s = suite_create("mapper");
    TCase *tc = tcase_create("core");
    tcase_add_checked_fixture(tc, NULL, teardown);
    tcase_add_loop_test(tc, test_map, 0, sizeof(cases) / sizeof(cases[0]));
    tcase_add_test(tc, test_words);
    tcase_add_test(tc, test_map_child);
    tcase_add_test(tc, test_words_head);
    tcase_add_test(tc, test_map_term);
    tcase_add_test(tc, test_map_unclassified);
    tcase_add_test(tc, test_map_rest_of_side);
    tcase_add_test(tc, test_map_term_twins);
    tcase_add_test(tc, test_map_utility);
    tcase_add_test(tc, test_map_closed);
    tcase_add_test(tc, test_map_industry);
    tcase_add_test(tc, test_map_debt_words);
    tcase_add_test(tc, test_map_term_twin);
    tcase_add_test(tc, test_map_per_share);
    tcase_add_test(tc, test_map_memo);
    tcase_add_test(tc, test_words_text);
    tcase_add_test(tc, test_map_own_labels);
    tcase_add_test(tc, test_calc_tree);
    tcase_add_test(tc, test_bad_taxonomy);
    tcase_add_test(tc, test_taxonomy_concept_twice);
    tcase_add_test(tc, test_taxonomy_axis_splits);
    tcase_add_test(tc, test_axis_members);
    tcase_add_test(tc, test_qualifiers);
    tcase_add_test(tc, test_currencies);
    tcase_add_test(tc, test_places_instant);
    tcase_add_test(tc, test_label_date);
    tcase_add_test(tc, test_sense);
    suite_add_tcase(s, tc);
    return s;
}
