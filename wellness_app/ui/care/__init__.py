"""Care screens' shared parts: crisis support (dialog, toolbar button, shortcut), the
safety-plan card, questionnaire form, history model and chart, treatments and the
gentle-escalation banner."""
