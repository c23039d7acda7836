#!/usr/bin/python3
"""Loads a GDELT-format file the way GDELT users do (pandas, tab-separated, no
header, the codebook's column names) and prints what it read as JSON.
Usage: load_gdelt.py COLUMNS_FILE DATA_FILE"""
import csv
import json
import sys

import pandas

names = [line.strip() for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
frame = pandas.read_csv(sys.argv[2], sep="\t", header=None, names=names, dtype=str,
                        quoting=csv.QUOTE_NONE, keep_default_na=False, on_bad_lines="error")
# A short row leaves NaN in its missing fields; a long one makes pandas move
# the leading fields into the index: both mean the row is not the codebook's.
if list(frame.columns) != names or frame.index.dtype != "int64" or frame.isna().any().any():
    sys.exit("rows do not match the codebook's columns")
print(json.dumps({"rows": len(frame), "columns": len(frame.columns),
                  "records": frame.to_dict(orient="records")}))
