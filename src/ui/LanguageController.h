#pragma once
// The UI language: "system" (the desktop's, when we have it, else English), "en", "ja" or "es".
// Remembered (settings::kLanguage, ui/language) and switched at run time: the translator compiled
// into the binary (qt_add_translations, :/i18n/omnikast_LANG.qm) is swapped on the application and
// the QML engine re-evaluates every qsTr binding, so no window has to be reopened.
//
// Threading: GUI thread. One translator per process, owned by the application object; the
// singleton only drives it, so the language can be applied before any QML exists (main()).

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>

class QQmlEngine;
class QJSEngine;

namespace omk::ui {

class LanguageController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "system", "en", "ja" or "es"; anything else written here is refused (stays as it was).
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // The language actually shown: "system" resolved ("en", "ja" or "es").
    Q_PROPERTY(QString effectiveLanguage READ effectiveLanguage NOTIFY languageChanged)
    // [{code, name}] in menu order; names are in their own language ("日本語"), the system
    // entry in the current one.
    Q_PROPERTY(QVariantList availableLanguages READ availableLanguages NOTIFY languageChanged)

public:
    explicit LanguageController(QQmlEngine* engine = nullptr, QObject* parent = nullptr);
    static LanguageController* create(QQmlEngine* engine, QJSEngine*);

    QString language() const { return m_language; }
    void setLanguage(const QString& language);
    QString effectiveLanguage() const;
    QVariantList availableLanguages() const;

    static QStringList languageCodes();  // "system" first
    // Installs the saved language's translator; main() calls it before loading QML so the
    // first frame is already translated.
    static void applySaved();

signals:
    void languageChanged();

private:
    QPointer<QQmlEngine> m_engine;
    QString m_language;
};

}  // namespace omk::ui
