import ChronicleCore

// One benchmark per first argument; add a case for yours.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "time":
    TimeBenchmark.run(Array(arguments.dropFirst()))
default:
    print("usage: chronicle-bench time [megabytes]")
}
