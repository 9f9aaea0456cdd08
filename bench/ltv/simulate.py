#!/usr/bin/env python3
"""Customers for bench/ltv/run.sh, drawn from the BG/NBD and Gamma-Gamma models themselves, so the
benchmark also shows how well the fit recovers known parameters at scale.

Each customer: first purchase on a uniform day of the window; purchase rate λ ~ Gamma(r, scale 1/α)
per day; after each purchase the customer drops out with probability p ~ Beta(a, b); purchases follow
a Poisson process until the dropout or the end of the window. Spend per purchase z ~ Gamma(p_s, scale
1/ν) with ν ~ Gamma(q, scale 1/γ) per customer. Writes users.csv and orders.csv (COPY format with a
header) into the output folder; prints the true parameters as JSON."""
import json
import sys

import numpy as np

CHANNELS = ["organic", "paid_search", "social", "affiliate", "email", "referral", "telegram"]


def main():
    out, customers = sys.argv[1], int(sys.argv[2])
    days = int(sys.argv[3]) if len(sys.argv) > 3 else 540
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 42
    r, alpha, a, b = 0.5, 40.0, 0.8, 3.0          # BG/NBD, time in days
    p_s, q, gamma = 6.0, 4.0, 120.0               # Gamma-Gamma, spend in currency units
    rng = np.random.default_rng(seed)
    end = np.datetime64("2026-05-01")
    start = end - np.timedelta64(days, "D")

    first = rng.integers(0, days, customers)       # day index of the first purchase
    lam = rng.gamma(r, 1 / alpha, customers)
    drop = rng.beta(a, b, customers)
    nu = rng.gamma(q, 1 / gamma, customers)

    # Repeat purchases, one step at a time for the customers still buying.
    t = first.astype(np.float64)
    alive = np.ones(customers, dtype=bool)
    cust_idx, day_idx = [np.arange(customers)], [first]
    while alive.any():
        alive &= rng.random(customers) >= drop     # dropout after the previous purchase
        gap = rng.exponential(1 / np.maximum(lam, 1e-12))
        t = t + gap
        alive &= t < days
        idx = np.nonzero(alive)[0]
        if idx.size == 0:
            break
        cust_idx.append(idx)
        day_idx.append(np.floor(t[idx]).astype(np.int64))
    cust = np.concatenate(cust_idx)
    day = np.concatenate(day_idx)
    spend = rng.gamma(p_s, 1 / nu[cust])
    seconds = rng.integers(0, 86400, cust.size)

    ids = np.arange(1, customers + 1)
    created = start + first.astype("timedelta64[D]")
    channel = rng.integers(0, len(CHANNELS), customers)
    with open(f"{out}/users.csv", "w") as f:
        f.write("user_id,email,full_name,country,acquisition_channel,device,created_at\n")
        for i in range(customers):
            f.write(f"{ids[i]},u{ids[i]}@bench.test,Customer {ids[i]},DE,{CHANNELS[channel[i]]},desktop,"
                    f"{created[i]} 00:00:00+00\n")
    order_day = start + day.astype("timedelta64[D]")
    hh, mm, ss = seconds // 3600, (seconds // 60) % 60, seconds % 60
    with open(f"{out}/orders.csv", "w") as f:
        f.write("order_id,user_id,created_at,status,total_amount\n")
        for k in range(cust.size):
            f.write(f"{k + 1},{ids[cust[k]]},{order_day[k]} {hh[k]:02d}:{mm[k]:02d}:{ss[k]:02d}+00,paid,"
                    f"{spend[k]:.2f}\n")
    print(json.dumps({"customers": customers, "orders": int(cust.size), "days": days,
                      "bg_nbd": {"r": r, "alpha": alpha, "a": a, "b": b},
                      "gamma_gamma": {"p": p_s, "q": q, "gamma": gamma}}))


if __name__ == "__main__":
    main()
