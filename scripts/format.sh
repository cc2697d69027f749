#!/usr/bin/env bash
# Formats the Swift sources with swift-format (bundled with the toolchain).
set -euo pipefail
cd "$(dirname "$0")/.."
swift format --in-place --recursive Sources Tests Fuzz Plugins Package.swift
