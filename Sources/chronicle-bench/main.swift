import ChronicleCore
print("chronicle-bench: no benchmarks registered yet")
