#pragma once
// saib-survey-body: what a survey body does, one function per command (see usage()).
// main.cpp only hands over the arguments; everything here returns an exit code and
// writes to the given streams, so it can be driven from tests as well.
#include <QStringList>
#include <QTextStream>

namespace saib::surveybody {

QString usage();
// Runs one command; arguments exclude the program name. Network commands spin a local
// event loop, so a QCoreApplication must exist.
int runCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace saib::surveybody
