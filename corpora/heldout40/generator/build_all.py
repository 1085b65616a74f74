"""Build the six clean reports and their ledgers; assert 2,500–4,000 UTF-8 bytes of read-back text."""
import importlib
import lib40

MODS = ["g01_cixi_destitute_support_fund_notice", "g02_haoyang_three_guarantees_expenditure_report",
        "g03_lianjiang_sewage_fee_disclosure", "g04_chuxi_small_river_control_thirdparty_eval",
        "g05_zhuping_town_budget_execution_report", "g06_lichuan_rural_toilet_renovation_selfeval"]

if __name__ == "__main__":
    total = 0
    for m in MODS:
        rb, js = lib40.build_report(importlib.import_module(m))
        n = js["facts"]["utf8_bytes"]
        assert 2500 <= n <= 4000, (m, n)
        assert js["all_checks_ok"]
        total += len(js["checks"])
        print(f"{js['report']}: {n} bytes, {js['facts']['han_chars']} Han, {len(js['checks'])} checks ok")
    print("total checks", total)
