#include "ui/LanguageController.h"

#include "ui/Log.h"
#include "ui/SettingsStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>

namespace omk::ui {

namespace {

const QString kSystem = QStringLiteral("system");
const QString kEnglish = QStringLiteral("en");

// The one translator of ours on the application. English has one too: the source strings say
// "%n minute(s)", the English file says "1 minute" / "2 minutes".
QPointer<QTranslator> g_translator;
QString g_installed;

QString savedLanguage() {
    const QString saved = SettingsStore::read(settings::kLanguage);
    return LanguageController::languageCodes().contains(saved) ? saved : kSystem;
}

QString resolve(const QString& language) {
    if (language != kSystem) return language;
    // The first of the desktop's preferred languages we have ("ja-JP" → "ja").
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString code = ui.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (LanguageController::languageCodes().contains(code) && code != kSystem) return code;
    }
    return kEnglish;
}

// Returns whether the language shown changed.
bool install(const QString& effective) {
    if (effective == g_installed) return false;
    if (g_translator) {
        QCoreApplication::removeTranslator(g_translator);
        delete g_translator;
    }
    g_installed.clear();
    auto* translator = new QTranslator(QCoreApplication::instance());
    const QString file = QStringLiteral(":/i18n/omnikast_%1.qm").arg(effective);
    if (!translator->load(file)) {
        // Only a broken build lacks it: the UI falls back to the source strings (English).
        qCWarning(lcUi) << "no translation" << file;
        delete translator;
        return true;
    }
    QCoreApplication::installTranslator(translator);
    // Dates and weekdays follow the interface language (ui/DateLabels).
    QLocale::setDefault(QLocale(effective));
    g_translator = translator;
    g_installed = effective;
    return true;
}

QString endonym(const QString& code) {
    if (code == QLatin1String("ja")) return QStringLiteral("日本語");
    if (code == QLatin1String("es")) return QStringLiteral("Español");
    return QStringLiteral("English");
}

}  // namespace

LanguageController::LanguageController(QQmlEngine* engine, QObject* parent)
    : QObject(parent), m_engine(engine), m_language(savedLanguage()) {
    // main() normally applied it already; tests and other hosts may not have.
    if (install(resolve(m_language)) && m_engine) m_engine->retranslate();
}

LanguageController* LanguageController::create(QQmlEngine* engine, QJSEngine*) {
    return new LanguageController(engine);
}

QStringList LanguageController::languageCodes() {
    return {kSystem, kEnglish, QStringLiteral("ja"), QStringLiteral("es")};
}

void LanguageController::applySaved() {
    install(resolve(savedLanguage()));
}

QString LanguageController::effectiveLanguage() const {
    return resolve(m_language);
}

QVariantList LanguageController::availableLanguages() const {
    QVariantList out;
    for (const QString& code : languageCodes()) {
        // Endonyms, so a user lost in a language they cannot read still finds their own.
        const QString name = code == kSystem ? tr("System language") : endonym(code);
        out.append(QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), name}});
    }
    return out;
}

void LanguageController::setLanguage(const QString& language) {
    if (!languageCodes().contains(language)) {
        qCWarning(lcUi) << "unknown language" << language;
        return;
    }
    if (language == m_language) return;
    m_language = language;
    SettingsStore::write(settings::kLanguage, language);
    const bool changed = install(resolve(language));
    emit languageChanged();
    // Every qsTr binding is evaluated again under the new translator.
    if (changed && m_engine) m_engine->retranslate();
}

}  // namespace omk::ui
