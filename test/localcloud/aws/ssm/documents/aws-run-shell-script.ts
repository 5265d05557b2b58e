/** AWS-RunShellScript as Amazon publishes it (schema 1.2): the document `aws ssm send-command` runs most often. */
export const awsRunShellScript = {
  name: "AWS-RunShellScript",
  content: JSON.stringify(
    {
      schemaVersion: "1.2",
      description: "Run a shell script or specify the commands to run.",
      parameters: {
        commands: {
          type: "StringList",
          description: "(Required) Specify a shell script or a command to run.",
          minItems: 1,
          displayType: "textarea",
        },
        workingDirectory: {
          type: "String",
          default: "",
          description: "(Optional) The path to the working directory on your instance.",
          maxChars: 4096,
        },
        executionTimeout: {
          type: "String",
          default: "3600",
          description:
            "(Optional) The time in seconds for a command to complete before it is considered to have failed. Default is 3600 (1 hour). Maximum is 172800 (48 hours).",
          allowedPattern: "([1-9][0-9]{0,4})|(1[0-6][0-9]{4})|(17[0-1][0-9]{3})|(172[0-7][0-9]{2})|(172800)",
        },
      },
      runtimeConfig: {
        "aws:runShellScript": {
          properties: [
            {
              id: "0.aws:runShellScript",
              runCommand: "{{ commands }}",
              workingDirectory: "{{ workingDirectory }}",
              timeoutSeconds: "{{ executionTimeout }}",
            },
          ],
        },
      },
    },
    null,
    2,
  ),
};
