# The router image: one image for every role; which roles an instance runs is configuration.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY schemas schemas
COPY rules rules
COPY router-service router-service
COPY bench bench
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/router-service/target/router-service.jar router.jar
# Kafka Streams keeps local state here; a volume lets a restarted container skip the changelog restore.
VOLUME /app/data
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/router.jar"]
